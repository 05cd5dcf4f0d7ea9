using System.Text;

namespace Charter.Web.Localization;

/// <summary>
/// The one place that decides where a <c>returnUrl</c> may send people (after signing in, signing
/// out, or switching the language): only a path on this site, otherwise <c>/</c>. So no link can
/// bounce people to another host (an open redirect), and no odd character can break the redirect.
/// </summary>
public static class LocalUrl
{
    public const string Home = "/";

    /// <summary>
    /// True for an absolute path on this site (<c>/</c>, <c>/x?y#z</c>); false for anything a browser
    /// could read as another host: <c>//host</c>, <c>/\host</c>, schemes, backslashes anywhere
    /// (browsers read them as slashes), and control characters (which no redirect header may carry).
    /// </summary>
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }

        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
        {
            return false;
        }

        return !url.Any(c => char.IsControl(c) || c == '\\');
    }

    /// <summary>
    /// <paramref name="url"/> when <see cref="IsLocal"/> accepts it, otherwise <c>/</c>. Spaces and
    /// letters outside ASCII are percent-encoded (UTF-8; a lone surrogate becomes U+FFFD), so the result is always a valid
    /// <c>Location</c> header value.
    /// </summary>
    public static string OrHome(string? url) => IsLocal(url) ? EscapeNonAscii(url!) : Home;

    private static string EscapeNonAscii(string url)
    {
        if (url.All(c => c is > ' ' and < '\u007f'))
        {
            return url;
        }

        var escaped = new StringBuilder(url.Length * 2);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7f)
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }
}
