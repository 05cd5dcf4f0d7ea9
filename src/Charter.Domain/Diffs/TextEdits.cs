using DiffPlex;

namespace Charter.Domain.Diffs;

/// <summary>Word-level edits between two texts, computed with DiffPlex over <see cref="WordTokens"/> tokens: the one word diff behind amendments (conflicts, previews) and version comparisons alike.</summary>
public static class TextEdits
{
    /// <summary>
    /// The edits that turn <paramref name="before"/> into <paramref name="after"/>, in ascending
    /// order of <see cref="TextEdit.BaseStart"/>, none overlapping another.
    /// </summary>
    public static IReadOnlyList<TextEdit> Between(string before, string after)
    {
        if (before == after)
        {
            return [];
        }

        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordTokens.Instance);
        var oldOffsets = Offsets(result.PiecesOld);
        var edits = new List<TextEdit>(result.DiffBlocks.Count);
        foreach (var block in result.DiffBlocks)
        {
            var start = oldOffsets[block.DeleteStartA];
            var end = oldOffsets[block.DeleteStartA + block.DeleteCountA];
            var inserted = string.Concat(result.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB));
            edits.Add(new TextEdit(start, end - start, inserted));
        }

        return edits;
    }

    /// <summary>Applies edits from <see cref="Between"/> to the text they were computed on.</summary>
    public static string Apply(string before, IReadOnlyList<TextEdit> edits)
    {
        var text = before;
        foreach (var edit in edits.OrderByDescending(e => e.BaseStart))
        {
            text = string.Concat(text.AsSpan(0, edit.BaseStart), edit.Inserted, text.AsSpan(edit.BaseEnd));
        }

        return text;
    }

    // offsets[i] is where token i starts; offsets[tokens.Count] is the text's length.
    private static int[] Offsets(IReadOnlyList<string> tokens)
    {
        var offsets = new int[tokens.Count + 1];
        for (var i = 0; i < tokens.Count; i++)
        {
            offsets[i + 1] = offsets[i] + tokens[i].Length;
        }

        return offsets;
    }
}
