using Charter.Domain.Ballots;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Charter.Crdt;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;
using Charter.Domain.Versions;

namespace Charter.Domain.Tests.Versions;

public sealed class ExportArchiveTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static List<CharterVersion> TwoVersionsOfTheRealDrafts()
    {
        var doc = CharterDocument.Create(DraftFolder.Load(RepositoryRoot.DraftsFolder).Single());
        var first = VersionPublisher.Publish(doc, null, "First draft", "Ana", Noon, []);
        var clause = doc.GetMap(CharterDocument.ClausesKey).Get("c-b73y") as Charter.Crdt.Types.YMap;
        var body = (Charter.Crdt.Types.YText)clause!.Get(CharterDocument.BodyKey)!;
        body.Insert(0, "Truly, ");
        var amendment = new AdoptedAmendment("Say it plainly", "c-6ycp", new BallotTally(9, 2, 0, 15), "/amendments/7", Noon.AddHours(1));
        var second = VersionPublisher.Publish(doc, first, "After the assembly", "Bruno", Noon.AddDays(1), [amendment]);
        return [first, second];
    }

    private static Dictionary<string, byte[]> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    [Fact]
    public void Create_SameVersions_SameBytes()
    {
        var versions = TwoVersionsOfTheRealDrafts();

        // No waiting for the clock to move: no entry carries the time it was written (see the
        // entry-timestamp test below), so two builds agree whenever they run.
        var first = VersionArchive.Create("bill-of-rights", versions);
        var second = VersionArchive.Create("bill-of-rights", versions);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Create_TwoVersions_HoldsEachVersionsFilesInOrder()
    {
        var zip = VersionArchive.Create("bill-of-rights", TwoVersionsOfTheRealDrafts());

        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        Assert.Equal(
            [
                "v1/bill-of-rights.md", "v1/bill-of-rights.es.md", "v1/bill-of-rights.fr.md", "v1/bill-of-rights.pt.md", "v1/CHANGELOG.md",
                "v2/bill-of-rights.md", "v2/bill-of-rights.es.md", "v2/bill-of-rights.fr.md", "v2/bill-of-rights.pt.md", "v2/CHANGELOG.md",
                "manifest.json", "SHA256SUMS",
            ],
            archive.Entries.Select(e => e.FullName));
        Assert.All(archive.Entries, e => Assert.Equal(VersionArchive.EntryTimestamp.DateTime, e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Create_TwoVersions_FilesAreTheVersionsAndTheirChangelogs()
    {
        var versions = TwoVersionsOfTheRealDrafts();

        var entries = Entries(VersionArchive.Create("bill-of-rights", versions));

        Assert.Equal(versions[1].Markdown, Encoding.UTF8.GetString(entries["v2/bill-of-rights.md"]));
        Assert.Contains("Truly, Everyone has the right", Encoding.UTF8.GetString(entries["v2/bill-of-rights.md"]), StringComparison.Ordinal);
        var changelog = Encoding.UTF8.GetString(entries["v2/CHANGELOG.md"]);
        Assert.Contains("[Say it plainly](/amendments/7) (c-6ycp): 9 yes, 2 no, 0 abstain", changelog, StringComparison.Ordinal);
        Assert.Contains("Article 1. The right to connect (c-b73y): edited", changelog, StringComparison.Ordinal);
        Assert.Contains("The first published version.", Encoding.UTF8.GetString(entries["v1/CHANGELOG.md"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SourceEditedAfterTranslation_MarksThatClauseStaleInEveryTranslation()
    {
        var entries = Entries(VersionArchive.Create("bill-of-rights", TwoVersionsOfTheRealDrafts()));

        foreach (var language in new[] { "es", "pt", "fr" })
        {
            Assert.DoesNotContain("stale:", Encoding.UTF8.GetString(entries[$"v1/bill-of-rights.{language}.md"]), StringComparison.Ordinal);
            var v2 = Encoding.UTF8.GetString(entries[$"v2/bill-of-rights.{language}.md"]);
            Assert.StartsWith($"---\nlanguage: {language}\nstale: c-b73y\n---\n", v2, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Create_Manifest_ListsHashesThatMatchTheFilesAndTheChain()
    {
        var versions = TwoVersionsOfTheRealDrafts();
        var entries = Entries(VersionArchive.Create("bill-of-rights", versions));

        using var manifest = JsonDocument.Parse(entries["manifest.json"]);
        var listed = manifest.RootElement.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([1, 2], listed.Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal(versions[1].Hash, listed[1].GetProperty("hash").GetString());
        Assert.Equal(versions[0].Hash, listed[1].GetProperty("previousHash").GetString());
        Assert.Equal("2026-11-27T12:00:00Z", listed[1].GetProperty("publishedAt").GetString());
        foreach (var file in listed[1].GetProperty("files").EnumerateObject())
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(entries[file.Name])), file.Value.GetString());
        }

        var markdownBytes = entries["v2/bill-of-rights.md"];
        var chained = Convert.ToHexStringLower(SHA256.HashData([.. markdownBytes, .. Encoding.ASCII.GetBytes(versions[0].Hash)]));
        Assert.Equal(versions[1].Hash, chained);
    }

    [Fact]
    public void Create_Sha256Sums_CoverEveryOtherFileInSha256sumFormat()
    {
        var entries = Entries(VersionArchive.Create("bill-of-rights", TwoVersionsOfTheRealDrafts()));

        var lines = Encoding.ASCII.GetString(entries["SHA256SUMS"]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(entries.Keys.Where(k => k != "SHA256SUMS"), lines.Select(l => l[66..]));
        Assert.All(lines, line => Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(entries[line[66..]])), line[..64]));
    }

    [Fact]
    public void Publish_SecondVersion_SnapshotRestoresTheLiveText()
    {
        var versions = TwoVersionsOfTheRealDrafts();
        var restored = new Doc();

        Y.ApplyUpdate(restored, versions[1].Snapshot);

        Assert.Equal(versions[1].Markdown, VersionMarkdown.Write(CharterDocument.ReadSource(restored)));
        Assert.True(VersionChain.Verify(versions).IsIntact);
    }
}
