using Charter.Web.Localization;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Localization;

public sealed class CultureFormatTests
{
    [Theory]
    [InlineData("en", "1,234,567")]
    [InlineData("es", "1.234.567")]
    [InlineData("pt", "1.234.567")]
    [InlineData("fr", "1 234 567")]
    public void Number_InEachLanguage_GroupsDigitsItsWay(string language, string expected)
    {
        using var culture = new CultureScope(language);

        Assert.Equal(expected, CultureFormat.Number(1_234_567).Replace('\u202f', ' ').Replace('\u00a0', ' '));
    }

    [Theory]
    [InlineData("en", "67%")]
    [InlineData("fr", "67 %")]
    public void Percent_TwoThirds_RoundsToAWholePercentage(string language, string expected)
    {
        using var culture = new CultureScope(language);

        Assert.Equal(expected, CultureFormat.Percent(2.0 / 3).Replace('\u202f', ' ').Replace('\u00a0', ' '));
    }
}
