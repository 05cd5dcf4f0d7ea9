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
        Assert.Equal($"charters/{charter}/clauses/{clauseId}?lang=en", notice.QuerySelector("a.authoritative-link")!.GetAttribute("href"));
        Assert.Equal("es", page.QuerySelector(".clause-page h1")!.GetAttribute("lang"));
        Assert.Equal("es", notice.QuerySelector(".translation-label")!.GetAttribute("data-translation-label"));
    }

    [Fact]
    public async Task ClausePage_SpanishInterfaceWithLangEn_ShowsTheOriginal()
    {
        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.LiveDraft);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clause = RepositoryDrafts.Load()[0].Source.Clauses.First();

        var page = await GetAsync(app.CreateClient(), $"/charters/{charter}/clauses/{clause.Id}?lang=en", "es");

        Assert.Equal(clause.Title, page.QuerySelector(".clause-page h1")!.TextContent);
        Assert.Null(page.QuerySelector(".translation-label"));
    }

    [Fact]
    public async Task ComparePage_SpanishInterface_ComparesTheSpanishTexts()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward, language: "es"));
        (await VersionPublishTests.PublishAsync(steward, "Primera versión")).EnsureSuccessStatusCode();
        (await VersionPublishTests.PublishAsync(steward, "Segunda versión")).EnsureSuccessStatusCode();

        var compare = await GetAsync(steward, "/compare/1...2", "es");
        var original = await GetAsync(steward, "/compare/1...2?lang=en", "es");

        Assert.Equal("es", compare.QuerySelector(".translation-label")!.GetAttribute("data-translation-label"));
        Assert.Equal("compare/1...2?view=side&lang=en", original.QuerySelectorAll(".view-switch a")[1].GetAttribute("href"));
        Assert.Null(original.QuerySelector(".translation-label"));
    }

    /// <summary>A clause whose source changed since its translation was confirmed is marked on the clause itself, as on the read view.</summary>
    [Fact]
    public async Task ComparePages_SpanishInterface_MarkTheClauseWhoseTranslationIsOutOfDate()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward, language: "es"));
        (await VersionPublishTests.PublishAsync(steward, "Primera versión")).EnsureSuccessStatusCode();
        await LiveEdits.ApplyAsync(app.Services, "bill-of-rights", doc => LiveEdits.PrependToBody(doc, "c-6ycp", "Truly: "));
        (await VersionPublishTests.PublishAsync(steward, "Segunda versión")).EnsureSuccessStatusCode();

        var compare = await GetAsync(steward, "/compare/1...2", "es");
        var live = await GetAsync(steward, "/compare/live", "es");
        var original = await GetAsync(steward, "/compare/1...2?lang=en", "es");

        foreach (var page in new[] { compare, live })
        {
            var marked = page.QuerySelectorAll(".compared-clause").Where(c => c.QuerySelector(".translation-badge.is-stale") is not null);
            Assert.Equal(["c-6ycp"], marked.Select(c => c.GetAttribute("data-clause")));
        }

        Assert.Empty(original.QuerySelectorAll(".compared-clause .translation-badge"));
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
        Assert.Equal("v/1?lang=en", list.QuerySelector("a.authoritative-link")!.GetAttribute("href"));
        var notice = version.QuerySelector("aside.authoritative-notice")!;
        Assert.Equal("v/1?lang=en", notice.QuerySelector("a.authoritative-link")!.GetAttribute("href"));
        Assert.Equal("Le texte de la charte sur cette page est une traduction en espagnol.", notice.QuerySelector(".translation-label")!.TextContent);
        Assert.Null(version.QuerySelector(".authoritative-note"));
        Assert.Contains("Traduction : espagnol (.md)", version.QuerySelectorAll(".version-downloads a").Select(a => a.TextContent));
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
