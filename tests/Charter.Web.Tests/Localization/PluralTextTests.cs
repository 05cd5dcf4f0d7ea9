using System.Globalization;
using Charter.Web.Localization;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Tests.Localization;

public sealed class PluralTextTests
{
    private static readonly IServiceProvider Services = new ServiceCollection().AddLogging().AddCharterLocalization().BuildServiceProvider();

    [Theory]
    [InlineData("en", 0, "Other")]
    [InlineData("en", 1, "One")]
    [InlineData("es", 0, "Other")]
    [InlineData("es", 1, "One")]
    [InlineData("es", 2, "Other")]
    [InlineData("pt", 0, "One")]
    [InlineData("pt", 1, "One")]
    [InlineData("pt", 2, "Other")]
    [InlineData("fr", 0, "One")]
    [InlineData("fr", 1, "One")]
    [InlineData("fr", 2, "Other")]
    public void Category_EachLanguage_FollowsItsPluralRule(string language, long count, string expected) =>
        Assert.Equal(expected, PluralText.Category(count, CultureInfo.GetCultureInfo(language)));

    [Theory]
    [InlineData("es", 1, "1 artículo de esta traducción se escribió sobre un texto original anterior.")]
    [InlineData("es", 3, "3 artículos de esta traducción se escribieron sobre un texto original anterior.")]
    [InlineData("en", 1, "1 clause of this translation was written against an older source text.")]
    [InlineData("fr", 1, "1 article de cette traduction a été écrit d’après un texte source plus ancien.")]
    public void Plural_StaleNote_AgreesWithItsCount(string language, int count, string expected)
    {
        using var culture = new CultureScope(language);
        var text = Services.GetRequiredService<IStringLocalizer<VersionsText>>();

        Assert.Equal(expected, text.Plural("Version.StaleNote", count, count).Value);
    }

    /// <summary>A text chosen by count has both forms in every language, and no text has only one.</summary>
    [Theory]
    [MemberData(nameof(Areas))]
    public void Resources_EveryCountedKey_HasBothForms(string area)
    {
        var keys = ResourceFiles.English(area).Keys.ToHashSet(StringComparer.Ordinal);

        var orphans = keys.Where(k => k.EndsWith(".One", StringComparison.Ordinal) && !keys.Contains(k[..^4] + ".Other"))
            .Concat(keys.Where(k => k.EndsWith(".Other", StringComparison.Ordinal) && !keys.Contains(k[..^6] + ".One")))
            .ToList();

        Assert.Empty(orphans);
    }

    public static TheoryData<string> Areas() => [.. ResourceFiles.Areas()];
}
