using System.Globalization;
using Charter.Web.Localization;

namespace Charter.Web.Endorsements;

/// <summary>
/// The countries an endorsement may name: ISO 3166 two-letter codes known to the runtime's
/// culture data, stored as codes and shown by name in the reader's language.
/// </summary>
public static class Countries
{
    /// <summary>Each code with one specific culture of that country (<c>es-GT</c>), whose display name carries the country's name in the interface language.</summary>
    private static readonly Dictionary<string, string> CultureOf = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Where(c => c.Name.Split('-') is [{ Length: 2 or 3 }, { Length: 2 } region] && region.All(char.IsAsciiLetterUpper))
        .GroupBy(c => c.Name[^2..], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Name, StringComparer.Ordinal).First().Name, StringComparer.Ordinal);

    private static readonly Lazy<Dictionary<string, string>> ByAnyName = new(NamesInEveryLanguage);

    /// <summary>Every code, upper case.</summary>
    public static IReadOnlyCollection<string> Codes => CultureOf.Keys;

    /// <summary>The code for <paramref name="input"/> (any case, spaces trimmed), empty for none given, null when it is no known country.</summary>
    public static string? Normalise(string? input)
    {
        var code = input?.Trim().ToUpperInvariant() ?? "";
        return code.Length == 0 ? "" : CultureOf.ContainsKey(code) ? code : null;
    }

    /// <summary>The country's name in the current interface language; anything that is no known code is shown as written.</summary>
    public static string Name(string code)
    {
        if (!CultureOf.TryGetValue(code, out var culture))
        {
            return code;
        }

        // "alemán (Alemania)": the country is what the parentheses hold, in the current UI language.
        var display = CultureInfo.GetCultureInfo(culture).DisplayName;
        var open = display.IndexOf('(', StringComparison.Ordinal);
        var close = display.LastIndexOf(')');
        return open >= 0 && close > open ? display[(open + 1)..close] : new RegionInfo(culture).EnglishName;
    }

    /// <summary>Every country as (code, name), by name in the current interface language.</summary>
    public static IReadOnlyList<(string Code, string Name)> ByName() =>
        [.. Codes.Select(code => (code, Name(code))).OrderBy(c => c.Item2, StringComparer.CurrentCultureIgnoreCase)];

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

    private static Dictionary<string, string> NamesInEveryLanguage()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var before = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var language in UiLanguages.Cultures)
            {
                CultureInfo.CurrentUICulture = language;
                foreach (var code in Codes)
                {
                    names.TryAdd(Name(code), code);
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        foreach (var (code, culture) in CultureOf)
        {
            names.TryAdd(new RegionInfo(culture).NativeName, code);
        }

        return names;
    }
}
