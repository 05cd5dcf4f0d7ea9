using System.Net;
using Charter.Web.Accounts;
using Charter.Web.Tests.TestSupport;
using Charter.Web.Tests.Versions;
using Charter.Web.Versions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Accounts;

/// <summary>
/// What visitors who are not signed in may read under each <c>Charter:Access:Visitors</c> setting,
/// and that signing in opens the rest, on the real app with two published versions.
/// </summary>
public sealed class VisitorAccessTests : IDisposable
{
    private const string Clause = "/charters/bill-of-rights/clauses/c-6ycp";

    private readonly TempDatabase _database = new();

    public static TheoryData<string> DraftPages() => ["/", "/?lang=es", Clause, "/compare/live"];

    public static TheoryData<string> PublishedPages() =>
        ["/versions", "/v/1", "/v/2?lang=es", "/compare/1...2", "/verify", "/v/1.md", "/compare/1...2.diff", "/versions.zip", "/versions/verify"];

    public void Dispose() => _database.Dispose();

    [Theory]
    [MemberData(nameof(DraftPages))]
    public async Task DraftPage_VisitorByDefault_IsSentToTheLatestVersion(string path)
    {
        await using var app = await PublishedTwiceAsync(settings: null);

        var response = await app.CreateBrowserLikeClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Equal("/v/2", location.Split('?')[0]);
        Assert.Equal(path, QueryHelpers.ParseQuery(location[location.IndexOf('?')..])[DraftVisitorRedirect.DraftQueryName].ToString());
    }

    [Fact]
    public async Task ReadView_VisitorByDefaultAsksForSpanish_IsSentToTheLatestVersionInSpanish()
    {
        await using var app = await PublishedTwiceAsync(settings: null);

        var response = await app.CreateBrowserLikeClient().GetAsync("/?lang=es");

        var location = response.Headers.Location!.OriginalString;
        Assert.Equal("/v/2", location.Split('?')[0]);
        Assert.Equal("es", QueryHelpers.ParseQuery(location[location.IndexOf('?')..])["lang"].ToString());
    }

    [Fact]
    public async Task LatestVersion_VisitorSentFromTheDraft_ExplainsAndOffersSignIn()
    {
        await using var app = await PublishedTwiceAsync(settings: null);
        var client = app.CreateBrowserLikeClient();
        var location = (await client.GetAsync(Clause)).Headers.Location!.OriginalString;

        var page = await client.GetStringAsync(location);

        Assert.Contains("The working draft is open to signed-in members of the coalition. This is the latest published version.", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"account/login?returnUrl={Uri.EscapeDataString(Clause)}\"", page, StringComparison.Ordinal);
        Assert.Contains("<article class=\"clause\" id=\"c-6ycp\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LatestVersion_SpanishVisitorSentFromTheDraft_ExplainsInSpanish()
    {
        await using var app = await PublishedTwiceAsync(settings: null);
        var client = app.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var location = (await client.GetAsync("/")).Headers.Location!.OriginalString;

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(location));

        Assert.Contains("Inicia sesión para leer el borrador", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LatestVersion_SignedInPersonWithTheDraftLink_SeesNoSignInNotice()
    {
        await using var app = await PublishedTwiceAsync(settings: null);
        var observer = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Observer));

        var page = await observer.GetStringAsync("/v/2?draft=%2F");

        Assert.DoesNotContain("draft-notice", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadView_VisitorByDefaultWithNothingPublished_IsToldSoWithASignInLink()
    {
        await using var app = new CharterAppFactory(_database);
        var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync("/");
        var page = await client.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Equal("/versions?draft=%2F", response.Headers.Location!.OriginalString);
        Assert.Contains("no version has been published yet", page, StringComparison.Ordinal);
        Assert.Contains("href=\"account/login?returnUrl=%2F\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PublishedPages))]
    public async Task PublishedPage_VisitorByDefault_IsServed(string path)
    {
        await using var app = await PublishedTwiceAsync(settings: null);

        var response = await app.CreateBrowserLikeClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task VersionsPage_VisitorByDefault_OffersNoLinkToTheLiveComparison()
    {
        await using var app = await PublishedTwiceAsync(settings: null);

        var page = await app.CreateBrowserLikeClient().GetStringAsync("/versions");

        Assert.DoesNotContain("href=\"compare/live\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DraftPages))]
    public async Task DraftPage_ObserverByDefault_IsServed(string path)
    {
        await using var app = await PublishedTwiceAsync(settings: null);
        var observer = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Observer));

        var response = await observer.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(DraftPages))]
    [MemberData(nameof(PublishedPages))]
    public async Task AnyPage_VisitorWithLiveDraft_IsServed(string path)
    {
        await using var app = await PublishedTwiceAsync(VisitorSettings.LiveDraft);

        var response = await app.CreateBrowserLikeClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(DraftPages))]
    [MemberData(nameof(PublishedPages))]
    public async Task AnyPage_VisitorWithNobody_IsSentToSignIn(string path)
    {
        await using var app = await PublishedTwiceAsync(VisitorSettings.Of(VisitorAccess.Nobody));

        var response = await app.CreateBrowserLikeClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DraftPages))]
    [MemberData(nameof(PublishedPages))]
    public async Task AnyPage_ObserverWithNobody_IsServed(string path)
    {
        await using var app = await PublishedTwiceAsync(VisitorSettings.Of(VisitorAccess.Nobody));
        var observer = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Observer));

        var response = await observer.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(VisitorAccess.PublishedVersions)]
    [InlineData(VisitorAccess.LiveDraft)]
    [InlineData(VisitorAccess.Nobody)]
    public async Task HubJoin_Visitor_IsRefusedWhateverVisitorsMayRead(VisitorAccess visitors)
    {
        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.Of(visitors));
        HubClients.StartOnKestrel(app);
        await using var connection = HubClients.Create(app, cookie: null);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(async () =>
        {
            await connection.StartAsync();
            await HubClients.JoinAsync(connection);
        });

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Start_VisitorsSettingMisspelt_FailsNamingTheSetting()
    {
        await using var app = new CharterAppFactory(_database, settings: new Dictionary<string, string> { ["Charter:Access:Visitors"] = "Everyone" });

        var failure = Assert.ThrowsAny<InvalidOperationException>(app.Start);

        Assert.Contains("Charter:Access:Visitors", failure.Message, StringComparison.Ordinal);
    }

    private async Task<CharterAppFactory> PublishedTwiceAsync(IReadOnlyDictionary<string, string>? settings)
    {
        var app = new CharterAppFactory(_database, settings: settings);
        app.Start();
        var steward = PersonStanding.Of(await TestPeople.CreateAsync(app, CharterRole.Steward, "Steward"));
        await app.InScopeAsync(s => s.GetRequiredService<VersionPublishing>().PublishAsync(steward, "one", CancellationToken.None));
        await LiveEdits.ApplyAsync(app.Services, "bill-of-rights", doc => LiveEdits.PrependToBody(doc, "c-6ycp", "Truly: "));
        await app.InScopeAsync(s => s.GetRequiredService<VersionPublishing>().PublishAsync(steward, "two", CancellationToken.None));
        return app;
    }
}
