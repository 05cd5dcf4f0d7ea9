using DiffPlex;

namespace Charter.Domain.Diffs;

/// <summary>
/// A word-level diff of two texts (tokens as <see cref="WordTokens"/> splits them), as one
/// sequence of pieces. Inline, show them all (deleted struck through, inserted underlined); side
/// by side, show <see cref="OldSide"/> on the left and <see cref="NewSide"/> on the right. Within
/// a change the deletion comes before the insertion.
/// </summary>
public sealed class WordLevelDiff
{
    private static readonly Differ Differ = new();

    private WordLevelDiff(IReadOnlyList<WordDiffPiece> pieces) => Pieces = pieces;

    public IReadOnlyList<WordDiffPiece> Pieces { get; }

    public bool HasChanges => Pieces.Any(p => p.Kind != DiffPieceKind.Unchanged);

    /// <summary>The old text, pieces that were kept or deleted.</summary>
    public IEnumerable<WordDiffPiece> OldSide => Pieces.Where(p => p.Kind != DiffPieceKind.Inserted);

    /// <summary>The new text, pieces that were kept or inserted.</summary>
    public IEnumerable<WordDiffPiece> NewSide => Pieces.Where(p => p.Kind != DiffPieceKind.Deleted);

    public string OldText => string.Concat(OldSide.Select(p => p.Text));

    public string NewText => string.Concat(NewSide.Select(p => p.Text));

    public static WordLevelDiff Between(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var result = Differ.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, WordTokens.Instance);
        var pieces = new List<WordDiffPiece>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(pieces, DiffPieceKind.Unchanged, result.PiecesOld, a, block.DeleteStartA - a);
            Add(pieces, DiffPieceKind.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(pieces, DiffPieceKind.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
        }

        Add(pieces, DiffPieceKind.Unchanged, result.PiecesOld, a, result.PiecesOld.Count - a);
        return new WordLevelDiff(pieces);
    }

    /// <summary>Merges with the previous piece when it has the same kind, so pieces alternate.</summary>
    private static void Add(List<WordDiffPiece> pieces, DiffPieceKind kind, IReadOnlyList<string> tokens, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(tokens.Skip(start).Take(count));
        if (pieces.Count > 0 && pieces[^1].Kind == kind)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else
        {
            pieces.Add(new WordDiffPiece(kind, text));
        }
    }
}
