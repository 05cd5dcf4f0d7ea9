using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Charter.Web.Accounts;
using Charter.Web.Tests.Governance;
using Charter.Web.Tests.TestSupport;
using Charter.Web.Tests.Versions;

namespace Charter.Web.Tests.Components;

/// <summary>
/// The ballots page of a clause and the versions pages say which language is authoritative when the
/// reader's interface is in another one, through the shared AuthoritativeTextNotice: on the real app.
/// </summary>
public sealed class AuthoritativeLanguagePagesTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task ClausePage_SpanishInterface_SaysTheEnglishOriginalIsVotedOnWithALinkToIt()
    {
        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.LiveDraft);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clauseId = GovernanceTestCharter.FirstClauseId();

        var page = await GetAsync(app.CreateClient(), $"/charters/{charter}/clauses/{clauseId}", "es-MX");

        var notice = page.QuerySelector("aside.authoritative-notice")!;
        Assert.StartsWith("El texto que se vota es el original en inglés", notice.TextContent.Trim());
        Assert.Equal($"?lang=en#{clauseId}", notice.QuerySelector("a.authoritative-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ClausePage_EnglishInterface_HasNoNotice()
    {
        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.LiveDraft);
        var charter = await GovernanceTestCharter.NameAsync(app);

        var page = await GetAsync(app.CreateClient(), $"/charters/{charter}/clauses/{GovernanceTestCharter.FirstClauseId()}", "en-US");

        Assert.NotNull(page.QuerySelector(".clause-page h1"));
        Assert.Null(page.QuerySelector("aside.authoritative-notice"));
    }

    [Fact]
    public async Task VersionPages_FrenchInterfaceReadingTheSpanishTranslation_SayThePublishedTextIsTheOriginalAndLabelTheTranslation()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward, language: "fr"));
        (await VersionPublishTests.PublishAsync(steward, "Première version")).EnsureSuccessStatusCode();

        var list = await GetAsync(steward, "/versions", "fr");
        var version = await GetAsync(steward, "/v/1?lang=es", "fr");

        Assert.StartsWith("Le texte publié dans une version est l’original en anglais", list.QuerySelector("aside.authoritative-notice")!.TextContent.Trim());
        Assert.Equal("v/1", list.QuerySelector("a.authoritative-link")!.GetAttribute("href"));
        var notice = version.QuerySelector("aside.authoritative-notice")!;
        Assert.Equal("v/1", notice.QuerySelector("a.authoritative-link")!.GetAttribute("href"));
        Assert.Equal("Le texte de la charte sur cette page est une traduction en espagnol.", notice.QuerySelector(".translation-label")!.TextContent);
        Assert.Null(version.QuerySelector(".authoritative-note"));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> GetAsync(HttpClient client, string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _database.Dispose();
}
