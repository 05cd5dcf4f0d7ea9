namespace Charter.Domain.Diffs;

/// <summary>A run of text in a diff: kept, removed from the old text, or added in the new one.</summary>
public sealed record DiffSpan(DiffSpanKind Kind, string Text);
