using Charter.Domain.Diffs;

namespace Charter.Domain.Tests.Diffs;

public sealed class WordDiffTests
{
    [Fact]
    public void Compute_OneWordChanged_InlineShowsDeletionThenInsertion()
    {
        var diff = WordDiff.Compute("Access must be affordable.", "Access must be free.");

        Assert.Equal(
            [
                new DiffSpan(DiffSpanKind.Unchanged, "Access must be "),
                new DiffSpan(DiffSpanKind.Deleted, "affordable"),
                new DiffSpan(DiffSpanKind.Inserted, "free"),
                new DiffSpan(DiffSpanKind.Unchanged, "."),
            ],
            diff.Inline);
    }

    [Fact]
    public void Compute_SideBySide_LeftRebuildsOldAndRightRebuildsNew()
    {
        var diff = WordDiff.Compute("Everyone may *connect*, today.", "All people may connect today, freely.");

        Assert.Equal(diff.Old, string.Concat(diff.Left.Select(s => s.Text)));
        Assert.Equal(diff.New, string.Concat(diff.Right.Select(s => s.Text)));
        Assert.DoesNotContain(diff.Left, s => s.Kind == DiffSpanKind.Inserted);
        Assert.DoesNotContain(diff.Right, s => s.Kind == DiffSpanKind.Deleted);
    }

    [Fact]
    public void Compute_SameText_NoChanges()
    {
        Assert.False(WordDiff.Compute("Same.", "Same.").HasChanges);
    }

    [Fact]
    public void Between_RandomEdits_ApplyingEditsGivesTheNewText()
    {
        var random = new Random(11);
        string[] words = ["red", " ", "green", ", ", "blue", "\n\n", "ñandú", "😀", "-", "**bold**"];
        for (var round = 0; round < 200; round++)
        {
            var before = string.Concat(Enumerable.Range(0, random.Next(12)).Select(_ => words[random.Next(words.Length)]));
            var after = string.Concat(Enumerable.Range(0, random.Next(12)).Select(_ => words[random.Next(words.Length)]));

            var edits = TextEdits.Between(before, after);

            Assert.Equal(after, TextEdits.Apply(before, edits));
            Assert.True(edits.Zip(edits.Skip(1)).All(p => p.First.BaseEnd <= p.Second.BaseStart));
        }
    }

    [Fact]
    public void Split_Emoji_NeverSplitsASurrogatePair()
    {
        var tokens = WordTokens.Split("a😀b");

        Assert.Equal(["a", "😀", "b"], tokens);
    }
}
