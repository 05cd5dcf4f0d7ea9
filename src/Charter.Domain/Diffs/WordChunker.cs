using DiffPlex;

namespace Charter.Domain.Diffs;

/// <summary>
/// Splits text into the tokens word diffs compare: runs of letters and digits (a word), runs of
/// whitespace, and every other character alone (punctuation, Markdown marks). Concatenating the
/// tokens gives the text back exactly, so token positions map to UTF-16 offsets without loss.
/// </summary>
public sealed class WordChunker : IChunker
{
    public static WordChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string str)
    {
        var tokens = new List<string>();
        var start = 0;
        while (start < str.Length)
        {
            var kind = KindOf(str, start);
            var end = start + Width(str, start);
            if (kind != TokenKind.Other)
            {
                while (end < str.Length && KindOf(str, end) == kind)
                {
                    end += Width(str, end);
                }
            }

            tokens.Add(str[start..end]);
            start = end;
        }

        return tokens;
    }

    // A surrogate pair is one character: never split it across tokens.
    private static int Width(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    private static TokenKind KindOf(string text, int index)
    {
        if (char.IsWhiteSpace(text[index]))
        {
            return TokenKind.Space;
        }

        // The string overload reads a surrogate pair as one code point.
        return char.IsLetterOrDigit(text, index) ? TokenKind.Word : TokenKind.Other;
    }

    private enum TokenKind
    {
        Word,
        Space,
        Other,
    }
}
