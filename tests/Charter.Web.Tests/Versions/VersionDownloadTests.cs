using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Charter.Domain.Drafts;
using Charter.Domain.Versions;
using Charter.Web.Accounts;
using Charter.Web.Tests.TestSupport;
using Charter.Web.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Versions;

/// <summary>
/// Two versions published from the real drafts, v2 after an edit and a move, then every page and
/// download as a visitor sees it.
/// </summary>
public sealed class VersionDownloadTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static async Task<CharterAppFactory> TwoVersionsAsync(TempDatabase database, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new CharterAppFactory(database, settings: settings);
        app.Start();
        var steward = PersonStanding.Of(await TestPeople.CreateAsync(app, CharterRole.Steward, "Steward"));
        await app.InScopeAsync(s => s.GetRequiredService<VersionPublishing>().PublishAsync(steward, "one", CancellationToken.None));
        await LiveEdits.ApplyAsync(app.Services, "bill-of-rights", doc =>
        {
            LiveEdits.PrependToBody(doc, "c-6ycp", "Truly: ");
            LiveEdits.MoveAfter(doc, "c-b73y", "c-hmj8");
        });
        await app.InScopeAsync(s => s.GetRequiredService<VersionPublishing>().PublishAsync(steward, "two", CancellationToken.None));
        return app;
    }

    [Fact]
    public async Task Markdown_Version_ServedAsTextMarkdownThatImportsBack()
    {
        await using var app = await TwoVersionsAsync(_database);

        var response = await app.CreateClient().GetAsync("/v/1.md");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("bill-of-rights-v1.md", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var imported = VersionMarkdown.Import(await response.Content.ReadAsStringAsync(), "v1.md");
        Assert.Equal(RepositoryDrafts.Load().Single().Source, imported);
    }

    [Fact]
    public async Task Markdown_Translation_ServedWithStaleClausesMarked()
    {
        await using var app = await TwoVersionsAsync(_database);

        var text = await app.CreateClient().GetStringAsync("/v/2.es.md");

        Assert.StartsWith("---\nlanguage: es\nstale: c-6ycp\n---\n", text, StringComparison.Ordinal);
        Assert.Contains("## Artículo 7. El derecho a conectarse {#c-b73y}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_MissingVersion_NotFound()
    {
        await using var app = await TwoVersionsAsync(_database);

        var response = await app.CreateClient().GetAsync("/v/9.md");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("there is no version 9", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_TwoVersions_UnifiedDiffWithItsFileName()
    {
        await using var app = await TwoVersionsAsync(_database);

        var response = await app.CreateClient().GetAsync("/compare/1...2.diff");

        Assert.Equal("text/x-diff", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("bill-of-rights-v1-v2.diff", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var diff = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("--- v1/bill-of-rights.md\n+++ v2/bill-of-rights.md\n@@ -", diff, StringComparison.Ordinal);
        Assert.Contains("\n+Truly: A connection", diff, StringComparison.Ordinal);
        Assert.Contains("\n-## Article 1. The right to connect {#c-b73y}\n", diff, StringComparison.Ordinal);
        Assert.Contains("\n+## Article 7. The right to connect {#c-b73y}\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archive_AllVersions_ZipWithEveryVersionAndTheManifest()
    {
        await using var app = await TwoVersionsAsync(_database);

        var response = await app.CreateClient().GetAsync("/versions.zip");

        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("bill-of-rights-versions.zip", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        Assert.Contains("v2/bill-of-rights.md", zip.Entries.Select(e => e.FullName));
        Assert.Contains("v2/CHANGELOG.md", zip.Entries.Select(e => e.FullName));
        Assert.Contains("SHA256SUMS", zip.Entries.Select(e => e.FullName));
        var second = await app.CreateClient().GetByteArrayAsync("/versions.zip");
        Assert.Equal(await (await app.CreateClient().GetAsync("/versions.zip")).Content.ReadAsByteArrayAsync(), second);
    }

    [Fact]
    public async Task Verify_IntactChain_ReportsIntactAndTheLatestHash()
    {
        await using var app = await TwoVersionsAsync(_database);

        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/versions/verify"));

        Assert.True(json.RootElement.GetProperty("intact").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("versions").GetInt32());
        using var db = _database.OpenContext();
        Assert.Equal(db.Versions.Single(v => v.Number == 2).Hash, json.RootElement.GetProperty("latestHash").GetString());
    }

    [Fact]
    public async Task Verify_RowChangedInTheDatabase_NamesTheFirstBrokenVersion()
    {
        await using var app = await TwoVersionsAsync(_database);
        using (var db = _database.OpenContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE versions SET Markdown = replace(Markdown, 'Everyone has the right', 'Some have the right') WHERE Number = 1");
        }

        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/versions/verify"));
        var page = await app.CreateClient().GetStringAsync("/verify");

        Assert.False(json.RootElement.GetProperty("intact").GetBoolean());
        Assert.Equal(1, json.RootElement.GetProperty("firstBrokenVersion").GetInt32());
        Assert.Contains("data-broken=\"1\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComparePage_TwoVersions_LabelsTheEditedMovedAndRenumberedClauses()
    {
        await using var app = await TwoVersionsAsync(_database);

        var page = await app.CreateClient().GetStringAsync("/compare/1...2");

        Assert.Contains("data-clause=\"c-6ycp\" data-change=\"edited renumbered\"", page, StringComparison.Ordinal);
        Assert.Contains("data-clause=\"c-b73y\" data-change=\"moved\"", page, StringComparison.Ordinal);
        Assert.Contains("data-clause=\"c-vqv6\" data-change=\"unchanged\"", page, StringComparison.Ordinal);
        Assert.Contains("<ins>Truly: </ins>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComparePage_SideBySide_ShowsEachSideOnlyItsText()
    {
        await using var app = await TwoVersionsAsync(_database);

        var page = await app.CreateClient().GetStringAsync("/compare/1...2?view=side");

        Assert.Contains("class=\"comparison side-by-side\"", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"diff-new\" aria-label=\"Version 2\"><span class=\"word-diff\"><ins>Truly: </ins>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComparePage_PickerQuery_RedirectsToTheCanonicalAddress()
    {
        await using var app = await TwoVersionsAsync(_database);

        var response = await app.CreateBrowserLikeClient().GetAsync("/compare?from=1&to=2");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/compare/1...2", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveCompare_EditAfterLatest_ShowsTheLiveChange()
    {
        await using var app = await TwoVersionsAsync(_database);
        await LiveEdits.ApplyAsync(app.Services, "bill-of-rights", doc => LiveEdits.PrependToBody(doc, "c-8q2a", "Always: "));
        var member = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Member));

        var page = await member.GetStringAsync("/compare/live");

        Assert.Contains("data-clause=\"c-8q2a\" data-change=\"edited\"", page, StringComparison.Ordinal);
        Assert.Contains("<ins>Always: </ins>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionPage_Version_RendersClausesWithPermalinksAndTheChangelog()
    {
        await using var app = await TwoVersionsAsync(_database);

        var page = await app.CreateClient().GetStringAsync("/v/2");

        Assert.Contains("<article class=\"clause\" id=\"c-b73y\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"?lang=en#c-b73y\"", page, StringComparison.Ordinal);
        Assert.Contains("data-clause=\"c-6ycp\"", page, StringComparison.Ordinal);
        Assert.Contains(RepositoryDrafts.Load().Single().Source.Title, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionsPage_TwoVersions_ListsBothWithATimeline()
    {
        await using var app = await TwoVersionsAsync(_database);

        var page = await app.CreateClient().GetStringAsync("/versions");

        Assert.Contains("<tr data-version=\"2\">", page, StringComparison.Ordinal);
        Assert.Contains("<tr data-version=\"1\">", page, StringComparison.Ordinal);
        Assert.Contains("<g class=\"timeline-point\" data-version=\"2\">", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v/1.md")]
    [InlineData("/v/1")]
    [InlineData("/versions.zip")]
    public async Task Downloads_VisitorsReadNothing_VisitorsAreNotServed(string path)
    {
        await using var app = await TwoVersionsAsync(_database, VisitorSettings.Of(VisitorAccess.Nobody));

        var response = await app.CreateBrowserLikeClient().GetAsync(path);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
