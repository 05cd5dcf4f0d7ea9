using Charter.Web.Localization;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Tests.Localization;

public sealed class LanguageNamesTests
{
    private static readonly IStringLocalizer<ReadingText> Text = new ServiceCollection()
        .AddLogging().AddCharterLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<ReadingText>>();

    [Theory]
    [InlineData("es", "es", "español")]
    [InlineData("en", "es", "Spanish")]
    [InlineData("pt", "en", "inglês")]
    [InlineData("fr", "pt", "portugais")]
    public void Of_InterfaceLanguage_NamesTheLanguageInIt(string interfaceLanguage, string language, string expected)
    {
        using var culture = new CultureScope(interfaceLanguage);

        Assert.Equal(expected, LanguageNames.Of(Text, language));
    }

    [Fact]
    public void Of_LanguageTheInterfaceHasNoWordFor_NamesItInItself()
    {
        using var culture = new CultureScope("es");

        Assert.Equal("Deutsch", LanguageNames.Of(Text, "de"));
    }

    [Fact]
    public void Of_TagNoCultureKnows_IsShownAsItIs()
    {
        using var culture = new CultureScope("es");

        Assert.Equal("zz-qq", LanguageNames.Of(Text, "zz-qq"));
    }
}
