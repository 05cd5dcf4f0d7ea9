using System.Globalization;
using Charter.Web.Localization;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Tests.Localization;

/// <summary>The compiled resources are found through each area's marker class, in every language.</summary>
public sealed class ResourceLookupTests
{
    public static TheoryData<string> Areas() => [.. ResourceFiles.Areas()];

    [Theory]
    [MemberData(nameof(Areas))]
    public void Create_EveryArea_HasAMarkerClassWhoseLocalizerReadsEachLanguage(string area)
    {
        var marker = typeof(LayoutText).Assembly.GetType($"{typeof(LayoutText).Namespace}.{area}");
        Assert.True(marker is not null, $"Resources/{area}.resx has no marker class {typeof(LayoutText).Namespace}.{area}.");
        using var services = new ServiceCollection().AddLogging().AddCharterLocalization().BuildServiceProvider();
        var localizer = services.GetRequiredService<IStringLocalizerFactory>().Create(marker);

        foreach (var language in ResourceFiles.Translations.Append("en"))
        {
            var expected = language == "en" ? ResourceFiles.English(area) : ResourceFiles.Read(area, language)!;
            using var culture = new CultureScope(language);
            foreach (var (key, text) in expected)
            {
                var found = localizer[key];
                Assert.False(found.ResourceNotFound, $"{area}/{key} not found in {language}.");
                Assert.Equal(text, found.Value);
            }
        }
    }

    [Fact]
    public void Create_RegionalCulture_FallsBackToItsLanguage()
    {
        using var services = new ServiceCollection().AddLogging().AddCharterLocalization().BuildServiceProvider();
        var localizer = services.GetRequiredService<IStringLocalizer<ReadingText>>();
        using var culture = new CultureScope("pt-BR");

        Assert.Equal("Sumário", localizer["Toc.Title"]);
        Assert.Equal(CultureInfo.GetCultureInfo("pt-BR"), CultureInfo.CurrentUICulture);
    }
}
