using Charter.Domain.Drafts;
using Charter.Web.Hosting;
using Microsoft.Playwright;

namespace Charter.E2E;

/// <summary>The real app as a separate process, opened in a real browser.</summary>
public sealed class HomePageTests : IAsyncLifetime
{
    private CharterServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private static Clause FirstClause =>
        DraftFolder.Load(CharterPaths.Locate().Resolve("drafts"))[0].Source.Clauses.First();

    public async Task InitializeAsync()
    {
        _server = await CharterServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    [Fact]
    public async Task Open_FreshServer_ShowsFirstClauseAsArticleOne()
    {
        var page = await _browser!.NewPageAsync();

        await page.GotoAsync(_server!.BaseAddress.ToString());

        var clause = page.Locator($"article#{FirstClause.Id}");
        Assert.Equal(FirstClause.Title, (await clause.Locator(".clause-title").TextContentAsync())?.Trim());
        Assert.Equal("Article 1", (await clause.Locator(".article-number").TextContentAsync())?.Trim());
    }

    [Fact]
    public async Task FollowContentsLink_ClientScriptLoaded_HighlightsTheTargetedClause()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_server!.BaseAddress.ToString());

        await page.Locator($"nav.toc a[href='#{FirstClause.Id}']").ClickAsync();

        var clause = page.Locator($"article#{FirstClause.Id}");
        await Assertions.Expect(clause).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-targeted\b"));
        await Assertions.Expect(clause.Locator("button.copy-link")).ToBeVisibleAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
