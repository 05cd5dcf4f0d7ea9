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
    public void Split_LetterOutsideTheBasicPlane_StaysInItsWord()
    {
        Assert.Equal(["a𝒜b", " ", "c"], WordTokens.Split("a𝒜b c"));
    }

    [Fact]
    public void Compute_PunctuationChanged_OnlyThatMarkChanges()
    {
        var diff = WordDiff.Compute("You may connect.", "You may connect!");

        Assert.Equal(
            [new(DiffSpanKind.Unchanged, "You may connect"), new(DiffSpanKind.Deleted, "."), new(DiffSpanKind.Inserted, "!")],
            diff.Inline.ToArray<DiffSpan>());
    }

    [Fact]
    public void Compute_WordReplaced_SidesRebuildBothTexts()
    {
        const string oldText = "No government may cut off a region.";
        const string newText = "No government or company may cut off a whole region.";

        var diff = WordDiff.Compute(oldText, newText);

        Assert.Equal(oldText, diff.Old);
        Assert.Equal(newText, diff.New);
        Assert.Equal(["or company", "whole"], diff.Inline.Where(p => p.Kind == DiffSpanKind.Inserted).Select(p => p.Text.Trim()));
        Assert.DoesNotContain(diff.Inline, p => p.Kind == DiffSpanKind.Deleted);
    }

    [Fact]
    public void Compute_RandomEdits_SidesAlwaysRebuildBothTexts()
    {
        var random = new Random(7);
        string[] words = ["a", "b", "right", ",", " ", "\n", "é", "don't", "."];
        for (var round = 0; round < 200; round++)
        {
            var oldText = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => words[random.Next(words.Length)]));
            var newText = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => words[random.Next(words.Length)]));

            var diff = WordDiff.Compute(oldText, newText);

            Assert.Equal(oldText, diff.Old);
            Assert.Equal(newText, diff.New);
            Assert.Equal(oldText != newText, diff.HasChanges);
        }
    }
}
