using Charter.Web.Localization;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Localization;

public sealed class CountdownTextTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().AddCharterLocalization().BuildServiceProvider();

    [Theory]
    [InlineData("en", "2 days and 3 hours left")]
    [InlineData("es", "Quedan 2 días y 3 horas")]
    [InlineData("pt", "Faltam 2 dias e 3 horas")]
    [InlineData("fr", "Il reste 2 jours et 3 heures")]
    public void Describe_DaysAndHours_InEachLanguage(string language, string expected)
    {
        using var culture = new CultureScope(language);

        Assert.Equal(expected, Countdown().Describe(new TimeSpan(2, 3, 40, 0)));
    }

    [Theory]
    [InlineData("en", "1 hour and 1 minute left")]
    [InlineData("es", "Quedan 1 hora y 1 minuto")]
    public void Describe_OneOfEach_UsesTheSingular(string language, string expected)
    {
        using var culture = new CultureScope(language);

        Assert.Equal(expected, Countdown().Describe(new TimeSpan(0, 1, 1, 30)));
    }

    [Fact]
    public void Describe_UnderAMinute_SaysSo()
    {
        using var culture = new CultureScope("pt");

        Assert.Equal("Falta menos de um minuto", Countdown().Describe(TimeSpan.FromSeconds(20)));
    }

    [Theory]
    [InlineData("en", "1 hour left")]
    [InlineData("es", "Queda 1 hora")]
    [InlineData("pt", "Falta 1 dia")]
    [InlineData("fr", "Il reste 1 jour")]
    public void Describe_ExactlyOneUnit_AgreesTheVerbWithIt(string language, string expected)
    {
        using var culture = new CultureScope(language);
        var remaining = language is "en" or "es" ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);

        Assert.Equal(expected, Countdown().Describe(remaining));
    }

    [Fact]
    public void Describe_Passed_SaysEnded()
    {
        using var culture = new CultureScope("fr");

        Assert.Equal("Terminé", Countdown().Describe(TimeSpan.FromSeconds(-5)));
    }

    [Fact]
    public void Describe_ManyDays_GroupsDigitsInTheCulture()
    {
        using var culture = new CultureScope("es");

        Assert.Equal("Quedan 1.200 días", Countdown().Describe(TimeSpan.FromDays(1200)));
    }

    public void Dispose() => _services.Dispose();

    private CountdownText Countdown() => _services.CreateScope().ServiceProvider.GetRequiredService<CountdownText>();
}
