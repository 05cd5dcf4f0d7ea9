namespace Charter.Domain.Diffs;

/// <summary>What happened to a piece of text between the old and the new side.</summary>
public enum DiffPieceKind
{
    Unchanged,
    Deleted,
    Inserted,
}
