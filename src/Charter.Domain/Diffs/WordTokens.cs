using System.Globalization;
using DiffPlex;

namespace Charter.Domain.Diffs;

/// <summary>
/// Splits text for a word-level diff so that concatenating the tokens gives the text back:
/// a run of letters, digits and combining marks (with apostrophes inside a word, as in "don't"
/// or "l'internet") is one token, a run of whitespace is one token, and every other character
/// (punctuation, symbols, Markdown marks) is a token of its own. Changing "connect." to
/// "connect!" then shows as one changed mark rather than a changed word. These are the tokens of
/// every word diff in Charter (<see cref="TextEdits"/>).
/// </summary>
internal sealed class WordTokens : IChunker
{
    public static readonly WordTokens Instance = new();

    public IReadOnlyList<string> Chunk(string text) => Split(text);

    public static List<string> Split(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = start + Width(text, start);
            if (IsWordChar(text, start))
            {
                while (end < text.Length && (IsWordChar(text, end) || (IsApostrophe(text[end]) && end + 1 < text.Length && IsWordChar(text, end + 1))))
                {
                    end += Width(text, end);
                }
            }
            else if (char.IsWhiteSpace(text[start]))
            {
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }
            }

            tokens.Add(text[start..end]);
            start = end;
        }

        return tokens;
    }

    // A surrogate pair is one character: never split it across tokens, since edits computed on
    // tokens become CRDT edits at those offsets.
    private static int Width(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    private static bool IsWordChar(string text, int index) =>
        char.GetUnicodeCategory(text, index) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        && !char.IsLowSurrogate(text[index]);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
