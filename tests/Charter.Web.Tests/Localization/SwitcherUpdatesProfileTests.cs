using System.Net;
using AngleSharp.Html.Parser;
using Charter.Web.Accounts;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Localization;

/// <summary>
/// The header switcher for a signed-in person: their profile's language claim comes before the
/// culture cookie, so the switch must change the profile too. On the real app and SQLite.
/// </summary>
public sealed class SwitcherUpdatesProfileTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task SwitchCulture_SignedIn_StaysPortugueseOnTheNextPageAndAfterSigningInAgain()
    {
        await using var app = new CharterAppFactory(_database);
        var person = await TestPeople.CreateAsync(app, CharterRole.Member, language: "en");
        var client = await TestPeople.SignedInClientAsync(app, person);
        Assert.Equal("Contents", await TocTitleAsync(client));

        using var switched = await CultureSwitchForm.PostAsync(client, "pt", "/");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("Sumário", await TocTitleAsync(client));
        Assert.Equal("pt", await StoredLanguageAsync(app, person.Id));
        // A new browser: no culture cookie, a browser that asks for English, a fresh sign-in.
        var again = await TestPeople.SignedInClientAsync(app, person);
        again.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        Assert.Equal("Sumário", await TocTitleAsync(again));
    }

    [Fact]
    public async Task SwitchCulture_Visitor_OnlySetsTheCookie()
    {
        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.LiveDraft);
        var person = await TestPeople.CreateAsync(app, CharterRole.Member, language: "es");
        var visitor = app.CreateBrowserLikeClient();

        using var switched = await CultureSwitchForm.PostAsync(visitor, "fr", "/");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("Sommaire", await TocTitleAsync(visitor));
        Assert.Equal("es", await StoredLanguageAsync(app, person.Id));
    }

    [Fact]
    public async Task SwitchCulture_LinkOnAnotherSite_LeavesTheStoredLanguageAlone()
    {
        await using var app = new CharterAppFactory(_database);
        var person = await TestPeople.CreateAsync(app, CharterRole.Member, language: "es");
        var client = await TestPeople.SignedInClientAsync(app, person);

        using var viaLink = await client.GetAsync("/culture?lang=fr&returnUrl=%2F");

        Assert.NotEqual(HttpStatusCode.Redirect, viaLink.StatusCode);
        Assert.Equal("es", await StoredLanguageAsync(app, person.Id));
        Assert.Equal("Contenido", await TocTitleAsync(client));
    }

    private static async Task<string?> TocTitleAsync(HttpClient client) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync("/")).QuerySelector("#toc-title")?.TextContent;

    private static Task<string?> StoredLanguageAsync(CharterAppFactory app, string personId) =>
        app.InScopeAsync(async services =>
            (await services.GetRequiredService<UserManager<Person>>().FindByIdAsync(personId))?.PreferredLanguage);

    public void Dispose() => _database.Dispose();
}
