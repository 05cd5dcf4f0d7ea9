using AngleSharp.Html.Parser;
using Charter.Crdt;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;
using Charter.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Tests.Import;

/// <summary>The real app on a real SQLite file: the drafts are imported once, and only once.</summary>
public sealed class FirstStartImportTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Start_FreshDatabase_ImportsEveryDraftAsADocWithItsTranslations()
    {
        var drafts = RepositoryDrafts.Load();

        await using var app = new CharterAppFactory(_database);
        app.Start();
        await using var db = _database.OpenContext();

        Assert.Equal(drafts.Select(d => d.Name).Order(), await db.Charters.Select(c => c.Name).OrderBy(n => n).ToListAsync());
        Assert.Equal(0, await db.Updates.CountAsync());
        foreach (var set in drafts)
        {
            var snapshot = await db.Snapshots.SingleAsync(s => db.Charters.Any(c => c.Id == s.CharterId && c.Name == set.Name));
            var doc = new Doc();
            Y.ApplyUpdate(doc, snapshot.State);
            Assert.Equal(set.Source, CharterDocument.ReadSource(doc));
            foreach (var (language, translation) in set.Translations)
            {
                Assert.Equal(translation.Title, CharterDocument.Read(doc, language).Draft.Title);
            }
        }
    }

    [Fact]
    public async Task Start_SecondTimeOnSameDatabase_ImportsNothing()
    {
        DateTimeOffset firstImport;
        byte[] firstState;
        await using (var first = new CharterAppFactory(_database))
        {
            first.Start();
            await using var db = _database.OpenContext();
            firstImport = (await db.Charters.SingleAsync()).ImportedAt;
            firstState = (await db.Snapshots.SingleAsync()).State;
        }

        await using var restarted = new CharterAppFactory(_database);
        restarted.Start();
        await using var afterRestart = _database.OpenContext();

        var charter = await afterRestart.Charters.SingleAsync();
        Assert.Equal(firstImport, charter.ImportedAt);
        Assert.Equal(firstState, (await afterRestart.Snapshots.SingleAsync()).State);
    }

    [Fact]
    public async Task GetHome_AfterFirstStart_ShowsTitleAndFirstClause()
    {
        var source = RepositoryDrafts.Load()[0].Source;
        var firstClause = source.Clauses.First();

        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.LiveDraft);
        using var client = app.CreateClient();
        var html = await client.GetStringAsync("/");

        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal(source.Title, page.QuerySelector("h1")?.TextContent);
        var clause = page.QuerySelector($"article#{firstClause.Id}");
        Assert.NotNull(clause);
        Assert.Equal(firstClause.Title, clause.QuerySelector(".clause-title")?.TextContent);
        Assert.Equal("Article 1", clause.QuerySelector(".article-number")?.TextContent);
    }

    [Fact]
    public async Task Start_MalformedDraft_FailsNamingTheFileAndStoresNothing()
    {
        var drafts = Directory.CreateTempSubdirectory("charter-bad-drafts-");
        try
        {
            await File.WriteAllTextAsync(
                Path.Combine(drafts.FullName, "broken.md"),
                "---\nlanguage: en\n---\n\n# Title\n\n# Part {#p-aaaa}\n\n## Clause without id\n\nBody.\n");

            await using var app = new CharterAppFactory(_database, drafts.FullName);
            var error = Assert.ThrowsAny<Exception>(app.Start);

            var formatError = Assert.IsType<DraftFormatException>(error.GetBaseException());
            Assert.Equal("broken.md", Path.GetFileName(formatError.FileName));
            Assert.Equal(9, formatError.Line);
            await using var db = _database.OpenContext();
            Assert.Equal(0, await db.Charters.CountAsync());
            Assert.Equal(0, await db.Snapshots.CountAsync());
        }
        finally
        {
            drafts.Delete(recursive: true);
        }
    }

    [Fact]
    public void Start_MissingDraftsFolder_FailsNamingTheSetting()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"charter-no-drafts-{Guid.NewGuid():N}");

        using var app = new CharterAppFactory(_database, missing);
        var error = Assert.ThrowsAny<Exception>(app.Start);

        var notFound = Assert.IsType<DirectoryNotFoundException>(error.GetBaseException());
        Assert.Contains(missing, notFound.Message);
        Assert.Contains("Charter:DraftsPath", notFound.Message);
    }

    public void Dispose() => _database.Dispose();
}
