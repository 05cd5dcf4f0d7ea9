using System.Globalization;
using Charter.Web.Localization;

namespace Charter.Web.Reading;

/// <summary>
/// Which language a charter's text is read in (docs/ARCHITECTURE.md, "Languages"): the one a link
/// names with <c>?lang=</c> wins, so a shared link shows what its sender saw; otherwise the
/// interface language, so a Spanish organiser reads the Spanish text without asking for it. A
/// language the charter has no translation in reads the source, with per-clause fallback marks
/// where a translation is partial.
/// </summary>
public static class ReadingLanguage
{
    /// <summary><paramref name="requested"/> when a link names one, else the interface language's code.</summary>
    public static string Choose(string? requested) =>
        string.IsNullOrWhiteSpace(requested) ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : requested;

    /// <summary>
    /// <paramref name="languages"/> in the order the interface switcher lists its languages, then
    /// any others by code, so the two language rows on a page never disagree on order.
    /// </summary>
    public static IReadOnlyList<string> InSwitcherOrder(IEnumerable<string> languages) =>
        [.. languages.Distinct(StringComparer.Ordinal).OrderBy(SwitcherRank).ThenBy(l => l, StringComparer.Ordinal)];

    private static int SwitcherRank(string language)
    {
        for (var i = 0; i < UiLanguages.All.Count; i++)
        {
            if (UiLanguages.All[i] == language)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
