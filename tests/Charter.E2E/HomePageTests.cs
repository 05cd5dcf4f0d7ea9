using System.Text.RegularExpressions;
using Charter.Domain.Drafts;
using Charter.Web.Hosting;
using Microsoft.Playwright;

namespace Charter.E2E;

/// <summary>The real app as a separate process, opened in a real browser.</summary>
public sealed class HomePageTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    private static Clause FirstClause =>
        DraftFolder.Load(CharterPaths.Locate().Resolve("drafts"))[0].Source.Clauses.First();

    [Fact]
    public async Task Open_FreshServer_ShowsFirstClauseAsArticleOne()
    {
        var page = await charter.Browser.NewPageAsync();

        await page.GotoAsync(charter.Server.BaseAddress.ToString());
        await ReadView.WaitUntilLiveAsync(page);

        var clause = page.Locator($"article#{FirstClause.Id}");
        Assert.Equal(FirstClause.Title, (await clause.Locator(".clause-title").TextContentAsync())?.Trim());
        Assert.Equal("Article 1", (await clause.Locator(".article-number").TextContentAsync())?.Trim());
        await page.CloseAsync();
    }

    [Fact]
    public async Task FollowContentsLink_ClientScriptLoaded_HighlightsTheTargetedClause()
    {
        var page = await charter.Browser.NewPageAsync();
        await page.GotoAsync(charter.Server.BaseAddress.ToString());
        await ReadView.WaitUntilLiveAsync(page);

        await page.Locator($"nav.toc a[href='?lang=en#{FirstClause.Id}']").ClickAsync();

        var clause = page.Locator($"article#{FirstClause.Id}");
        await Assertions.Expect(clause).ToHaveClassAsync(new Regex(@"\bis-targeted\b"));
        await Assertions.Expect(clause.Locator("button.copy-link")).ToBeVisibleAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task CopyLink_OnAClause_PutsItsPermalinkOnTheClipboard()
    {
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(charter.Server.BaseAddress.ToString());
        await ReadView.WaitUntilLiveAsync(page);
        var clause = page.Locator($"article#{FirstClause.Id}");

        await clause.Locator("button.copy-link").ClickAsync();

        await Assertions.Expect(clause.Locator("[data-copy-status]")).ToHaveTextAsync("Link copied");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(new Uri(charter.Server.BaseAddress, $"/#{FirstClause.Id}").ToString(), copied);
        await context.CloseAsync();
    }
}
