using System.IO.Compression;
using System.Text.RegularExpressions;
using Charter.Domain.Versions;
using Microsoft.Playwright;

namespace Charter.E2E.Versions;

/// <summary>
/// A steward's whole round in Chromium against the real app: create the first steward from the
/// printed setup link, publish v1, edit a clause on the edit page, publish v2, compare them inline
/// and side by side, download each file and check what is in it, and verify the chain.
/// </summary>
public sealed partial class VersionsFlowTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    private const string EditedClause = "c-6ycp";
    private const string AddedWords = " Published-by-e2e.";
    private static readonly float Patience = 60_000;

    [Fact]
    public async Task PublishCompareDownloadVerify_TwoVersions_EveryFileHoldsWhatThePageShows()
    {
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = charter.Server.BaseAddress.ToString(), AcceptDownloads = true });
        context.SetDefaultTimeout(Patience);
        var page = await context.NewPageAsync();
        await CreateFirstStewardAsync(page);

        await PublishAsync(page, "First public draft", 1);
        await AppendToClauseOnEditPageAsync(page);
        await PublishAsync(page, "After the first round of edits", 2);

        await page.GotoAsync("versions");
        await page.SelectOptionAsync("#compare-from", "1");
        await page.SelectOptionAsync("#compare-to", "2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/compare/1\.\.\.2$"), new() { Timeout = Patience });
        var edited = page.Locator($"li[data-clause='{EditedClause}']");
        await Assertions.Expect(edited).ToHaveAttributeAsync("data-change", "edited");
        await Assertions.Expect(edited.Locator(".change-label")).ToHaveTextAsync("edited");
        await Assertions.Expect(edited.Locator("ins")).ToHaveTextAsync(AddedWords);
        await Assertions.Expect(page.Locator("li[data-clause='c-b73y']")).ToHaveAttributeAsync("data-change", "unchanged");

        await page.GetByRole(AriaRole.Link, new() { Name = "Side by side" }).ClickAsync();
        await Assertions.Expect(page.Locator(".comparison.side-by-side")).ToBeVisibleAsync();
        await Assertions.Expect(edited.Locator(".diff-new ins")).ToHaveTextAsync(AddedWords);
        await Assertions.Expect(edited.Locator(".diff-old ins")).ToHaveCountAsync(0);

        var diff = await DownloadAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Download as a unified diff (.diff)" }), "bill-of-rights-v1-v2.diff");
        Assert.StartsWith("--- v1/bill-of-rights.md\n+++ v2/bill-of-rights.md\n", System.Text.Encoding.UTF8.GetString(diff), StringComparison.Ordinal);
        Assert.Contains(AddedWords.Trim() + "\n", System.Text.Encoding.UTF8.GetString(diff), StringComparison.Ordinal);

        await page.GotoAsync("v/2");
        await Assertions.Expect(page.Locator($"article#{EditedClause} .clause-body")).ToContainTextAsync(AddedWords.Trim());
        var markdown = System.Text.Encoding.UTF8.GetString(await DownloadAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "This version as Markdown (.md)" }), "bill-of-rights-v2.md"));
        var imported = VersionMarkdown.Import(markdown, "bill-of-rights-v2.md");
        Assert.EndsWith(AddedWords, imported.Clauses.Single(c => c.Id == EditedClause).Body, StringComparison.Ordinal);
        var spanish = System.Text.Encoding.UTF8.GetString(await DownloadAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Translation: Spanish (.md)" }), "bill-of-rights-v2.es.md"));
        Assert.StartsWith($"---\nlanguage: es\nstale: {EditedClause}\n---\n", spanish, StringComparison.Ordinal);

        await page.GotoAsync("versions");
        var zip = await DownloadAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Download every version (.zip)" }), "bill-of-rights-versions.zip");
        using (var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        {
            using var reader = new StreamReader(archive.GetEntry("v2/bill-of-rights.md")!.Open());
            Assert.Equal(markdown, await reader.ReadToEndAsync());
            Assert.NotNull(archive.GetEntry("manifest.json"));
            Assert.NotNull(archive.GetEntry("SHA256SUMS"));
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Check the hash chain" }).ClickAsync();
        await Assertions.Expect(page.Locator(".verify-result")).ToContainTextAsync("All 2 versions check out");
        await context.CloseAsync();
    }

    private async Task CreateFirstStewardAsync(IPage page)
    {
        var link = await SetupLinkAsync();
        await page.GotoAsync(link);
        await page.FillAsync("#signup-name", "Ana Steward");
        await page.FillAsync("#signup-email", "ana@example.org");
        await page.FillAsync("#signup-password", "correct horse battery staple");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the first steward" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/people$"), new() { Timeout = Patience });
    }

    /// <summary>The server logs its one-time setup link once it listens; wait for that line.</summary>
    private async Task<string> SetupLinkAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var match = SetupLink().Match(charter.Server.Output);
            if (match.Success)
            {
                return match.Value;
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"the server printed no setup link:\n{charter.Server.Output}");
    }

    private static async Task PublishAsync(IPage page, string notes, int number)
    {
        await page.GotoAsync("versions");
        await page.FillAsync("#publish-notes", notes);
        await page.CheckAsync("#publish-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Publish version {number}" }).ClickAsync();
        await Assertions.Expect(page.Locator("p[role=status]")).ToHaveTextAsync($"Version {number} is published.");
        await Assertions.Expect(page.Locator($"tr[data-version='{number}']")).ToBeVisibleAsync();
    }

    private static async Task AppendToClauseOnEditPageAsync(IPage page)
    {
        await page.GotoAsync("edit");
        await Assertions.Expect(page.Locator("[data-charter-editor]")).ToHaveAttributeAsync("data-loaded", "true", new() { Timeout = Patience });
        await page.Locator($"article#{EditedClause} .clause-body-editor .cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(AddedWords, new KeyboardTypeOptions { Delay = 20 });
        await Assertions.Expect(page.Locator("[data-role='status']")).ToHaveAttributeAsync("data-sync-status", "saved", new() { Timeout = Patience });
    }

    private static async Task<byte[]> DownloadAsync(IPage page, ILocator link, string expectedFileName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal(expectedFileName, download.SuggestedFilename);
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path);
    }

    [GeneratedRegex(@"https?://\S+/account/setup/\S+")]
    private static partial Regex SetupLink();
}
