using Charter.Web.Localization;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Localization;

public sealed class CultureFormatTests
{
    private static readonly DateTimeOffset Deadline = new(2026, 11, 26, 19, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("en", "Thursday, November 26, 2026")]
    [InlineData("es", "jueves, 26 de noviembre de 2026")]
    [InlineData("pt", "quinta-feira, 26 de novembro de 2026")]
    [InlineData("fr", "jeudi 26 novembre 2026")]
    public void Date_InEachLanguage_UsesItsWordsAndOrder(string language, string expected)
    {
        using var culture = new CultureScope(language);

        Assert.Equal(expected, CultureFormat.Date(Deadline));
    }

    [Theory]
    [InlineData("en", "7:30 PM UTC")]
    [InlineData("fr", "19:30 UTC")]
    public void Time_InEachLanguage_UsesItsClock(string language, string expected)
    {
        using var culture = new CultureScope(language);

        Assert.Equal(expected, CultureFormat.Time(Deadline).Replace('\u202f', ' '));
    }

    [Fact]
    public void DateTime_OffsetFromUtc_IsShownInUtc()
    {
        using var culture = new CultureScope("es");

        var text = CultureFormat.DateTime(new DateTimeOffset(2026, 11, 26, 16, 30, 0, TimeSpan.FromHours(-3)));

        Assert.StartsWith("jueves, 26 de noviembre de 2026", text);
        Assert.EndsWith("19:30 UTC", text);
    }

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
