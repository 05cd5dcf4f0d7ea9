using System.Collections.Frozen;

namespace Charter.Domain.Rendering;

/// <summary>
/// The one place that decides which link and image URLs user Markdown may carry: http, https and
/// mailto, plus relative URLs (paths, <c>?query</c>, <c>#fragment</c>, <c>//host</c>). Everything
/// else (javascript:, vbscript:, data:, file:, unknown schemes) is refused.
/// </summary>
/// <remarks>
/// The URL is examined the way a browser's URL parser would see it: leading and trailing control
/// characters and spaces are ignored and tabs and line breaks inside are removed, so
/// "java&#9;script:" and " JaVaScRiPt:" count as javascript:. Entities are already decoded by the
/// time a URL gets here (by Markdig, or by the HTML parser in the sanitizer). A colon that comes
/// before any '/', '?' or '#' means the URL names a scheme; if that scheme is not a well-formed
/// allowed one, the URL is refused rather than guessed to be relative.
/// </remarks>
public static class UrlPolicy
{
    public static FrozenSet<string> AllowedSchemes { get; } =
        FrozenSet.ToFrozenSet(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase);

    public static bool IsAllowed(string? url)
    {
        if (url is null)
        {
            return false;
        }

        var cleaned = RemoveIgnoredCharacters(url);
        if (IsRelative(cleaned))
        {
            return true;
        }

        var scheme = cleaned[..cleaned.IndexOf(':', StringComparison.Ordinal)];
        return IsWellFormedScheme(scheme) && AllowedSchemes.Contains(scheme);
    }

    /// <summary>True when <paramref name="cleaned"/> names no scheme: a colon, if any, comes after a '/', '?' or '#'.</summary>
    internal static bool IsRelative(string cleaned)
    {
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = cleaned.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon);
    }

    internal static string RemoveIgnoredCharacters(string url) =>
        url.Trim(ControlOrSpace).Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);

    private static readonly char[] ControlOrSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    private static bool IsWellFormedScheme(string scheme) =>
        scheme.Length > 0
        && char.IsAsciiLetter(scheme[0])
        && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
}
