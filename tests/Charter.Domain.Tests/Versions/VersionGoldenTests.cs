using Charter.Domain.Documents;
using Charter.Domain.Drafts;
using Charter.Domain.Versions;

namespace Charter.Domain.Tests.Versions;

/// <summary>
/// The version published from the real <c>drafts/</c> folder, pinned as committed files under
/// <c>Versions/Golden/</c>. When a change to the format is intended, run the tests with
/// <c>CHARTER_UPDATE_GOLDEN=1</c>: each file that differs is rewritten and its test fails, saying
/// so, so a rewrite never passes as a check; review the diff and run the tests again without it.
/// </summary>
public sealed class VersionGoldenTests
{
    private static string GoldenFolder => Path.Combine(RepositoryRoot.Path, "tests", "Charter.Domain.Tests", "Versions", "Golden");

    public static TheoryData<string> Files => ["bill-of-rights.md", "bill-of-rights.es.md", "bill-of-rights.pt.md", "bill-of-rights.fr.md"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Publish_RealDrafts_MatchesTheGoldenFile(string fileName)
    {
        var texts = PublishedTexts.Read(CharterDocument.Create(DraftFolder.Load(RepositoryRoot.DraftsFolder).Single()));
        var byFile = texts.Translations.ToDictionary(t => $"bill-of-rights.{t.Language}.md", t => t.Markdown);
        byFile["bill-of-rights.md"] = texts.Markdown;
        var path = Path.Combine(GoldenFolder, fileName);
        var golden = File.ReadAllText(path);
        if (Environment.GetEnvironmentVariable("CHARTER_UPDATE_GOLDEN") == "1" && golden != byFile[fileName])
        {
            File.WriteAllText(path, byFile[fileName]);
            Assert.Fail($"Rewrote {path} (CHARTER_UPDATE_GOLDEN=1). Review the diff, then run the tests again without CHARTER_UPDATE_GOLDEN.");
        }

        Assert.Equal(golden, byFile[fileName]);
    }

    [Fact]
    public void Import_GoldenSource_GivesTheDraftsClausesAndIds()
    {
        var source = DraftFolder.Load(RepositoryRoot.DraftsFolder).Single().Source;

        var imported = VersionMarkdown.Import(File.ReadAllText(Path.Combine(GoldenFolder, "bill-of-rights.md")), "bill-of-rights.md");

        Assert.Equal(source, imported);
        Assert.Equal(source.Clauses.Select(c => c.Id), imported.Clauses.Select(c => c.Id));
    }
}
