using System.Globalization;

namespace Charter.Web.Endorsements;

/// <summary>
/// The countries an endorsement may name: ISO 3166 two-letter codes known to the runtime's
/// culture data, stored as codes and shown by name in the reader's language.
/// </summary>
public static class Countries
{
    /// <summary>Every code, upper case.</summary>
    public static IReadOnlySet<string> Codes { get; } = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => TryRegion(c.Name)?.TwoLetterISORegionName)
        .Where(code => code is { Length: 2 } && code.All(char.IsAsciiLetterUpper))
        .Select(code => code!)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The code for <paramref name="input"/> (any case, spaces trimmed), empty for none given, null when it is no known country.</summary>
    public static string? Normalise(string? input)
    {
        var code = input?.Trim().ToUpperInvariant() ?? "";
        return code.Length == 0 ? "" : Codes.Contains(code) ? code : null;
    }

    /// <summary>The country's name in the current interface language; the code itself for an unknown one.</summary>
    public static string Name(string code) => TryRegion(code)?.DisplayName ?? code;

    /// <summary>Every country as (code, name), by name in the current interface language.</summary>
    public static IReadOnlyList<(string Code, string Name)> ByName() =>
        [.. Codes.Select(code => (code, Name(code))).OrderBy(c => c.Item2, StringComparer.CurrentCultureIgnoreCase)];

    private static RegionInfo? TryRegion(string name)
    {
        try
        {
            return new RegionInfo(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
