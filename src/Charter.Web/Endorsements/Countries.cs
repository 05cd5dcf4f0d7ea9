using System.Globalization;
using Charter.Web.Localization;

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

    /// <summary>The country's name in the current interface language; anything that is no known code is shown as written.</summary>
    public static string Name(string code) => Codes.Contains(code) ? TryRegion(code)?.DisplayName ?? code : code;

    /// <summary>
    /// An organisation's country as its stewards wrote it ("Guatemala", "Brasil", "GT"): the code
    /// when it names a known country in any of the interface languages, else the text as written,
    /// so endorsements still group by it.
    /// </summary>
    public static string FromText(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (Normalise(trimmed) is { Length: > 0 } code)
        {
            return code;
        }

        return ByAnyName.Value.TryGetValue(trimmed, out var named) ? named : trimmed;
    }

    /// <summary>Every country as (code, name), by name in the current interface language.</summary>
    public static IReadOnlyList<(string Code, string Name)> ByName() =>
        [.. Codes.Select(code => (code, Name(code))).OrderBy(c => c.Item2, StringComparer.CurrentCultureIgnoreCase)];

    private static readonly Lazy<Dictionary<string, string>> ByAnyName = new(() =>
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var before = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var language in UiLanguages.Cultures)
            {
                // RegionInfo names a country in the current interface language.
                CultureInfo.CurrentUICulture = language;
                foreach (var code in Codes)
                {
                    var region = new RegionInfo(code);
                    names.TryAdd(region.DisplayName, code);
                    names.TryAdd(region.EnglishName, code);
                    names.TryAdd(region.NativeName, code);
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        return names;
    });

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
