using Charter.Domain.Diffs;

namespace Charter.Domain.Tests.Diffs;

public sealed class DiffWordLevelTests
{
    [Theory]
    [InlineData("Everyone has the right, don't they?", new[] { "Everyone", " ", "has", " ", "the", " ", "right", ",", " ", "don't", " ", "they", "?" })]
    [InlineData("l'internet  — libre", new[] { "l'internet", "  ", "—", " ", "libre" })]
    [InlineData("**Derecho** a\nconectarse", new[] { "*", "*", "Derecho", "*", "*", " ", "a", "\n", "conectarse" })]
    [InlineData("ação 42x", new[] { "ação", " ", "42x" })]
    public void Split_Text_KeepsWordsWhitespaceAndPunctuationApart(string text, string[] tokens)
    {
        Assert.Equal(tokens, WordTokens.Split(text));
    }

    [Fact]
    public void Split_Emoji_KeepsSurrogatePairsTogether()
    {
        Assert.Equal(["a", " ", "👍", "!"], WordTokens.Split("a 👍!"));
    }

    [Fact]
    public void Between_PunctuationChanged_OnlyThatMarkChanges()
    {
        var diff = WordLevelDiff.Between("You may connect.", "You may connect!");

        Assert.Equal(
            [new(DiffPieceKind.Unchanged, "You may connect"), new(DiffPieceKind.Deleted, "."), new(DiffPieceKind.Inserted, "!")],
            diff.Pieces.ToArray<WordDiffPiece>());
    }

    [Fact]
    public void Between_WordReplaced_SidesRebuildBothTexts()
    {
        const string oldText = "No government may cut off a region.";
        const string newText = "No government or company may cut off a whole region.";

        var diff = WordLevelDiff.Between(oldText, newText);

        Assert.Equal(oldText, diff.OldText);
        Assert.Equal(newText, diff.NewText);
        Assert.Equal(["or company", "whole"], diff.Pieces.Where(p => p.Kind == DiffPieceKind.Inserted).Select(p => p.Text.Trim()));
        Assert.DoesNotContain(diff.Pieces, p => p.Kind == DiffPieceKind.Deleted);
    }

    [Fact]
    public void Between_RandomEdits_SidesAlwaysRebuildBothTexts()
    {
        var random = new Random(7);
        string[] words = ["a", "b", "right", ",", " ", "\n", "é", "don't", "."];
        for (var round = 0; round < 200; round++)
        {
            var oldText = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => words[random.Next(words.Length)]));
            var newText = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => words[random.Next(words.Length)]));

            var diff = WordLevelDiff.Between(oldText, newText);

            Assert.Equal(oldText, diff.OldText);
            Assert.Equal(newText, diff.NewText);
            Assert.Equal(oldText != newText, diff.HasChanges);
        }
    }
}
