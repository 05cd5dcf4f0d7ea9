namespace Charter.Web.Storage;

/// <summary>
/// One clause. <see cref="Position"/> orders clauses across the whole charter, not within the part,
/// so article numbers are simply position + 1 and never stored.
/// </summary>
public sealed class ClauseRecord
{
    public int CharterId { get; set; }

    /// <summary>The stable id from the draft, such as <c>c-a1b2</c>; it appears in permalinks.</summary>
    public required string Id { get; set; }

    public required string PartId { get; set; }

    /// <summary>Zero-based display order across the charter.</summary>
    public int Position { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown.</summary>
    public required string Body { get; set; }

    public List<ClauseTranslationRecord> Translations { get; set; } = [];
}
