using System.Text.RegularExpressions;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Localization;

/// <summary>
/// Every UI area (each X.resx in Resources/) is fully written in Spanish, Portuguese and French:
/// same keys, nothing empty, nothing left in English except the allowlist, same placeholders.
/// </summary>
public sealed partial class ResourceCompletenessTests
{
    public static TheoryData<string, string> AreasAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var area in ResourceFiles.Areas())
        {
            foreach (var language in ResourceFiles.Translations)
            {
                data.Add(area, language);
            }
        }

        return data;
    }

    [Fact]
    public void Areas_ResourcesFolder_FindsTheKnownAreas()
    {
        var areas = ResourceFiles.Areas();

        Assert.Contains("LayoutText", areas);
        Assert.Contains("ReadingText", areas);
        Assert.Contains("FormatText", areas);
    }

    [Theory]
    [MemberData(nameof(AreasAndLanguages))]
    public void Translation_EveryArea_HasExactlyTheEnglishKeys(string area, string language)
    {
        var english = ResourceFiles.English(area);

        var translation = ResourceFiles.Read(area, language);

        Assert.True(translation is not null, $"{area}.{language}.resx is missing.");
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), translation.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AreasAndLanguages))]
    public void Translation_EveryKey_IsWrittenAndNotLeftInEnglish(string area, string language)
    {
        var english = ResourceFiles.English(area);
        var translation = ResourceFiles.Read(area, language) ?? new Dictionary<string, string>();

        var problems = english
            .Select(e => (e.Key, English: e.Value, Text: translation.GetValueOrDefault(e.Key)))
            .Where(e => e.Text is not null)
            .Select(e => string.IsNullOrWhiteSpace(e.Text) ? $"{e.Key} is empty"
                : e.Text == e.English && !SameTextAllowlist.Allows(area, e.Key, language) ? $"{e.Key} is still the English \"{e.English}\""
                : null)
            .OfType<string>()
            .ToList();

        Assert.True(problems.Count == 0, $"{area}.{language}.resx: {string.Join("; ", problems)}");
    }

    [Theory]
    [MemberData(nameof(AreasAndLanguages))]
    public void Translation_EveryKey_KeepsTheEnglishPlaceholders(string area, string language)
    {
        var english = ResourceFiles.English(area);
        var translation = ResourceFiles.Read(area, language) ?? new Dictionary<string, string>();

        var problems = english
            .Where(e => translation.ContainsKey(e.Key) && !Placeholders(e.Value).SetEquals(Placeholders(translation[e.Key])))
            .Select(e => $"{e.Key}: \"{translation[e.Key]}\" does not use the placeholders of \"{e.Value}\"")
            .ToList();

        Assert.True(problems.Count == 0, $"{area}.{language}.resx: {string.Join("; ", problems)}");
    }

    [Fact]
    public void English_EveryKey_IsADottedNameWithText()
    {
        var problems = ResourceFiles.Areas()
            .SelectMany(area => ResourceFiles.English(area).Select(e => (area, e.Key, e.Value)))
            .Where(e => !DottedKey().IsMatch(e.Key) || string.IsNullOrWhiteSpace(e.Value))
            .Select(e => $"{e.area}/{e.Key}")
            .ToList();

        Assert.True(problems.Count == 0, $"Keys must be dotted names with English text: {string.Join(", ", problems)}");
    }

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    // Segments may carry hyphens: some keys end in a stored kind such as "ballot.closing-soon".
    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9][A-Za-z0-9-]*)+$")]
    private static partial Regex DottedKey();
}
