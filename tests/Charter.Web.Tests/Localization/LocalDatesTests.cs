using System.Globalization;
using Charter.Web.Localization;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Localization;

public sealed class LocalDatesTests
{
    private static readonly DateTimeOffset Moment = new(2026, 12, 4, 13, 41, 55, TimeSpan.Zero);

    [Theory]
    [InlineData("en", "Dec 4, 2026")]
    [InlineData("es", "4 dic 2026")]
    [InlineData("pt", "4 dez. 2026")]
    [InlineData("fr", "4 déc. 2026")]
    public void Date_InEachLanguage_NamesTheMonth(string language, string expected)
    {
        using var culture = new CultureScope(language);

        Assert.Equal(expected, LocalDates.Date(Moment));
    }

    [Theory]
    [InlineData("en-US", "Dec 4, 2026, 13:41 UTC")]
    [InlineData("es-MX", "4 dic 2026, 13:41 UTC")]
    [InlineData("es-GT", "4 dic 2026, 13:41 UTC")]
    [InlineData("pt-BR", "4 dez. 2026, 13:41 UTC")]
    [InlineData("fr", "4 déc. 2026, 13:41 UTC")]
    public void DateTime_InEachLanguage_IsOneUnambiguousFormInUtc(string language, string expected)
    {
        using var culture = new CultureScope(language);

        Assert.Equal(expected, LocalDates.DateTime(Moment));
    }

    [Fact]
    public void DateTime_OffsetFromUtc_IsShownInUtc()
    {
        using var culture = new CultureScope("es");

        Assert.Equal("4 dic 2026, 13:41 UTC", LocalDates.DateTime(new DateTimeOffset(2026, 12, 4, 7, 41, 55, TimeSpan.FromHours(-6))));
    }

    [Fact]
    public void DateTime_CultureGiven_UsesItNotTheCurrentOne()
    {
        using var culture = new CultureScope("en");

        Assert.Equal("4 déc. 2026, 13:41 UTC", LocalDates.DateTime(Moment, CultureInfo.GetCultureInfo("fr")));
    }

    [Fact]
    public void Machine_AnyCulture_IsIsoInUtc()
    {
        using var culture = new CultureScope("fr");

        Assert.Equal("2026-12-04T13:41:55Z", LocalDates.Machine(Moment.ToOffset(TimeSpan.FromHours(2))));
    }

    /// <summary>Every page's dates go through LocalDates: no razor file formats a date itself.</summary>
    [Fact]
    public void RazorFiles_NoDateFormattedOutsideLocalDates()
    {
        var components = Charter.Web.Hosting.CharterPaths.Locate().Resolve(Path.Combine("src", "Charter.Web", "Components"));
        var offenders = Directory.EnumerateFiles(components, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select(line => (file, line)))
            .Where(x => System.Text.RegularExpressions.Regex.IsMatch(x.line, @"(At|Deadline|Date|Time)\.ToString\(|ToShortDateString|ToLongDateString|CultureFormat\.Date"))
            .Select(x => $"{Path.GetFileName(x.file)}: {x.line.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }
}
