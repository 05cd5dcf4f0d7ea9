using Charter.Domain.Diffs;
using Charter.Domain.Drafts;
using Charter.Domain.Versions;
using static Charter.Domain.Tests.Versions.VersionSamples;

namespace Charter.Domain.Tests.Diffs;

public sealed class DiffUnifiedTests
{
    [Fact]
    public void Create_OneLineChanged_StandardHunkWithThreeLinesOfContext()
    {
        var oldText = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        var newText = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

        var diff = UnifiedDiff.Create(oldText, newText, "v1/rights.md", "v2/rights.md");

        Assert.Equal("--- v1/rights.md\n+++ v2/rights.md\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", diff);
    }

    [Fact]
    public void Create_EqualTexts_Empty()
    {
        Assert.Equal("", UnifiedDiff.Create("a\nb\n", "a\nb\n", "a", "b"));
    }

    [Fact]
    public void Create_InsertIntoEmptyAndDeleteAll_UseZeroLengthRanges()
    {
        Assert.Equal("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n", UnifiedDiff.Create("", "x\ny\n", "a", "b"));
        Assert.Equal("--- a\n+++ b\n@@ -1,2 +0,0 @@\n-x\n-y\n", UnifiedDiff.Create("x\ny\n", "", "a", "b"));
    }

    [Fact]
    public void Create_MissingFinalNewline_MarkedAsDiffDoes()
    {
        var diff = UnifiedDiff.Create("a\nb", "a\nb\n", "old", "new");

        Assert.Equal("--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n", diff);
        Assert.Equal("a\nb\n", MiniPatch.Apply("a\nb", diff));
    }

    [Fact]
    public void Create_ChangesFarApart_SeparateHunksThatApply()
    {
        var oldLines = Enumerable.Range(1, 40).Select(i => $"line {i}").ToList();
        var newLines = oldLines.ToList();
        newLines[2] = "changed 3";
        newLines.Insert(30, "inserted");
        newLines.RemoveAt(38);
        var oldText = string.Join('\n', oldLines) + "\n";
        var newText = string.Join('\n', newLines) + "\n";

        var diff = UnifiedDiff.Create(oldText, newText, "a", "b");

        Assert.Equal(3, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Equal(newText, MiniPatch.Apply(oldText, diff));
    }

    [Fact]
    public void Create_RandomLineEdits_PatchRebuildsTheNewText()
    {
        var random = new Random(11);
        for (var round = 0; round < 300; round++)
        {
            var oldText = RandomText(random);
            var newText = RandomText(random);

            var diff = UnifiedDiff.Create(oldText, newText, "a", "b");

            Assert.Equal(newText, MiniPatch.Apply(oldText, diff));
        }
    }

    [Fact]
    public void Create_TwoVersionsOfTheRealDraft_PatchTurnsOneIntoTheOther()
    {
        var source = DraftFolder.Load(RepositoryRoot.DraftsFolder).Single().Source;
        var clauses = source.Clauses.ToList();
        var moved = clauses[0];
        var edited = source with
        {
            Parts = [.. source.Parts.Select(p => p with
            {
                Clauses = [.. p.Clauses.Where(c => c.Id != moved.Id && c.Id != clauses[3].Id)
                    .Select(c => c.Id == clauses[5].Id ? c with { Body = c.Body.Replace("must", "shall", StringComparison.Ordinal) } : c)],
            })],
        };
        edited = edited with { Parts = [.. edited.Parts.Take(edited.Parts.Count - 1), edited.Parts[^1] with { Clauses = [.. edited.Parts[^1].Clauses, moved] }] };
        var v1 = VersionMarkdown.Write(source);
        var v2 = VersionMarkdown.Write(edited);

        var diff = UnifiedDiff.Create(v1, v2, "v1/bill-of-rights.md", "v2/bill-of-rights.md");

        Assert.Equal(v2, MiniPatch.Apply(v1, diff));
    }

    private static string RandomText(Random random)
    {
        string[] lines = ["a", "b", "c", "", "## Article 1. x {#c-aaaa}", "d"];
        var text = string.Join('\n', Enumerable.Range(0, random.Next(0, 25)).Select(_ => lines[random.Next(lines.Length)]));
        return random.Next(4) == 0 ? text : text + "\n";
    }
}
