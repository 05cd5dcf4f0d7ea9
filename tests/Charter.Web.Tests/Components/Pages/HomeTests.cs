using Bunit;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Web.Collaboration;
using Charter.Web.Components.Pages;
using Charter.Web.Governance;
using Charter.Web.Localization;
using Charter.Web.Reading;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Components.Pages;

/// <summary>
/// The read view on the sessions of a real running app: edits sent over the hub by a peer show up
/// in the rendered page, pushed by the session's change observer.
/// </summary>
public sealed class HomeTests : BunitContext, IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private KestrelCharterServer _server = null!;

    public Task InitializeAsync()
    {
        _server = KestrelCharterServer.Start(_database);
        Services.AddSingleton(_server.Sessions);
        Services.AddSingleton(_server.Services.GetRequiredService<SharedCharterReadings>());
        Services.AddSingleton(_server.Services.GetRequiredService<Charter.Web.Agenda.AgendaService>());
        Services.AddSingleton(_server.Services.GetRequiredService<Charter.Web.Accounts.PeopleRoster>());
        Services.AddLogging().AddCharterLocalization();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Render_LiveCharter_EachClauseLinksToItsAmendmentsAndVotes()
    {
        var first = RepositoryDrafts.Load()[0].Source.Clauses.First();
        var name = await _server.CharterNameAsync();

        var cut = Render<Home>();

        cut.WaitForAssertion(
            () => Assert.Equal($"charters/{name}/clauses/{first.Id}", cut.Find($"#{first.Id} a.clause-governance").GetAttribute("href")),
            TimeSpan.FromSeconds(30));
        Assert.Equal("Amendments and votes on article 1", cut.Find($"#{first.Id} a.clause-governance").TextContent);
    }

    [Fact]
    public async Task Render_PeerEditsClauseTitleAndAddsClause_PageUpdatesLive()
    {
        var source = RepositoryDrafts.Load()[0].Source;
        var first = source.Clauses.First();
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Equal(first.Title, cut.Find($"#{first.Id} .clause-title").TextContent), TimeSpan.FromSeconds(30));
        var clausesBefore = cut.FindAll("article.clause").Count;

        await using var peer = await CrdtPeer.JoinAsync(_server, await _server.CharterNameAsync());
        await peer.EditAsync(doc =>
        {
            var title = (YText)((YMap)doc.GetMap(CharterDocument.ClausesKey).Get(first.Id)!).Get(CharterDocument.TitleKey)!;
            title.Insert(0, "Live: ");
        });
        await peer.EditAsync(doc => doc.Transact(_ =>
        {
            var clauses = doc.GetMap(CharterDocument.ClausesKey);
            clauses.Set("c-zz99", new YMap());
            var clause = (YMap)clauses.Get("c-zz99")!;
            clause.Set(CharterDocument.TitleKey, new YText());
            clause.Set(CharterDocument.BodyKey, new YText());
            ((YText)clause.Get(CharterDocument.TitleKey)!).Insert(0, "Added live");
            doc.GetArray(CharterDocument.OrderKey).Insert(2, "c-zz99");
        }));

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("Live: " + first.Title, cut.Find($"#{first.Id} .clause-title").TextContent);
            Assert.Equal("Added live", cut.Find("#c-zz99 .clause-title").TextContent);
            Assert.Equal("Article 2", cut.Find("#c-zz99 .article-number").TextContent);
            Assert.Equal(clausesBefore + 1, cut.FindAll("article.clause").Count);
        }, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Render_SessionFaultsThenPeerEdits_PageShowsTheEdit()
    {
        var first = RepositoryDrafts.Load()[0].Source.Clauses.First();
        var name = await _server.CharterNameAsync();
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Equal(first.Title, cut.Find($"#{first.Id} .clause-title").TextContent), TimeSpan.FromSeconds(30));
        await using var writer = await CrdtPeer.JoinAsync(_server, name);
        using (_database.RefuseLogAppends())
        {
            await Assert.ThrowsAsync<HubException>(() => writer.EditAsync(doc => CrdtPeer.Body(doc, first.Id).Insert(0, "[lost] ")));
        }

        await using var later = await CrdtPeer.JoinAsync(_server, name);
        await later.EditAsync(doc => CrdtPeer.Body(doc, first.Id).Insert(0, "After the fault. "));

        cut.WaitForAssertion(() =>
        {
            Assert.StartsWith("After the fault.", cut.Find($"#{first.Id} .clause-body").TextContent.Trim(), StringComparison.Ordinal);
            Assert.Empty(cut.FindAll("[role=alert]"));
        }, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Render_CharterReadInSpanish_ShowsTranslation()
    {
        var set = RepositoryDrafts.Load()[0];
        var spanish = set.Translations["es"];
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("/?lang=es");

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal(spanish.Title, cut.Find("h1").TextContent), TimeSpan.FromSeconds(30));
        var firstClause = spanish.Clauses.First();
        Assert.Equal(firstClause.Title, cut.Find($"#{firstClause.Id} .clause-title").TextContent);
    }

    [Fact]
    public void Render_SpanishInterfaceWithoutLang_ReadsTheSpanishTranslation()
    {
        using var culture = new CultureScope("es");
        var spanish = RepositoryDrafts.Load()[0].Translations["es"];

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal(spanish.Title, cut.Find("h1").TextContent), TimeSpan.FromSeconds(30));
        Assert.Equal("es", cut.Find("article.charter").GetAttribute("lang"));
        Assert.Equal("true", cut.Find("nav.languages a[hreflang='es']").GetAttribute("aria-current"));
    }

    [Fact]
    public void Render_SpanishInterfaceWithLangEn_TheLinkWinsAndEveryLinkKeepsIt()
    {
        using var culture = new CultureScope("es");
        var source = RepositoryDrafts.Load()[0].Source;
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/?lang=en");

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal(source.Title, cut.Find("h1").TextContent), TimeSpan.FromSeconds(30));
        var first = source.Clauses.First();
        Assert.Equal($"?lang=en#{first.Id}", cut.Find($"nav.toc a[href$='#{first.Id}']").GetAttribute("href"));
        Assert.Equal("?lang=en", cut.Find("nav.languages a[hreflang='en']").GetAttribute("href"));
    }

    [Fact]
    public void Render_AnyInterface_ListsTheCharterLanguagesInTheSwitchersOrder()
    {
        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("nav.languages a")), TimeSpan.FromSeconds(30));
        Assert.Equal(["en", "es", "pt", "fr"], cut.FindAll("nav.languages a").Select(a => a.GetAttribute("hreflang")));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _server.DisposeAsync();
        _database.Dispose();
    }
}
