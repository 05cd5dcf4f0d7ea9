using Charter.Domain.Drafts;
using Charter.Web.Import;
using Charter.Web.Reading;
using Charter.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Tests.Reading;

/// <summary>Reading a stored charter back, on a real SQLite file migrated like the app's.</summary>
public sealed class CharterReaderTests : IDisposable
{
    private readonly TempDatabase _database = new();

    private static DraftSet PartlyTranslated()
    {
        var source = new CharterDraft("en", "Bill", "Preamble.",
        [
            new Part("p-aaaa", "First part", [new Clause("c-aaa1", "Connect", "Connect body."), new Clause("c-aaa2", "Privacy", "Privacy body.")]),
            new Part("p-bbbb", "Second part", [new Clause("c-bbb1", "Host", "Host body.")]),
        ]);
        var spanish = new CharterDraft("es", "Carta", "Preámbulo.",
        [
            new Part("p-aaaa", "Primera parte", [new Clause("c-aaa1", "Conectarse", "Texto.")]),
        ]);
        return new DraftSet("bill", source, new Dictionary<string, CharterDraft> { ["es"] = spanish });
    }

    private async Task StoreAsync(DraftSet set)
    {
        await using var db = _database.OpenContext();
        await db.Database.EnsureDeletedAsync();
        await db.Database.MigrateAsync();
        await new DraftImporter(db, TimeProvider.System).ImportIntoEmptyDatabaseAsync([set], CancellationToken.None);
    }

    [Fact]
    public async Task ReadAsync_NoLanguage_ReturnsSourceInOrderWithoutFallbackMarks()
    {
        await StoreAsync(PartlyTranslated());
        await using var db = _database.OpenContext();

        var charter = await new CharterReader(db).ReadAsync(null, CancellationToken.None);

        Assert.NotNull(charter);
        Assert.Equal(("en", "Bill", "Preamble."), (charter.Language, charter.Title, charter.Preamble));
        Assert.Equal(["en", "es"], charter.Languages);
        Assert.Equal(["c-aaa1", "c-aaa2", "c-bbb1"], charter.Parts.SelectMany(p => p.Clauses).Select(c => c.Id));
        Assert.DoesNotContain(charter.Parts.SelectMany(p => p.Clauses), c => c.IsFallback);
    }

    [Fact]
    public async Task ReadAsync_PartialTranslation_FallsBackToSourcePerClause()
    {
        await StoreAsync(PartlyTranslated());
        await using var db = _database.OpenContext();

        var charter = await new CharterReader(db).ReadAsync("es", CancellationToken.None);

        Assert.NotNull(charter);
        Assert.Equal(("es", "Carta"), (charter.Language, charter.Title));
        Assert.Equal(["Primera parte", "Second part"], charter.Parts.Select(p => p.Title));
        var clauses = charter.Parts.SelectMany(p => p.Clauses).ToList();
        Assert.Equal(
            [("Conectarse", false), ("Privacy", true), ("Host", true)],
            clauses.Select(c => (c.Title, c.IsFallback)));
    }

    [Fact]
    public async Task ReadAsync_UnknownLanguage_ReturnsSource()
    {
        await StoreAsync(PartlyTranslated());
        await using var db = _database.OpenContext();

        var charter = await new CharterReader(db).ReadAsync("xx", CancellationToken.None);

        Assert.Equal("en", charter?.Language);
    }

    [Fact]
    public async Task ReadAsync_EmptyDatabase_ReturnsNull()
    {
        await using (var db = _database.OpenContext())
        {
            await db.Database.MigrateAsync();
        }

        await using var reader = _database.OpenContext();
        Assert.Null(await new CharterReader(reader).ReadAsync(null, CancellationToken.None));
    }

    public void Dispose() => _database.Dispose();
}
