namespace Charter.Domain.Diffs;

/// <summary>A run of consecutive tokens that share one <see cref="DiffPieceKind"/>.</summary>
public sealed record WordDiffPiece(DiffPieceKind Kind, string Text);
