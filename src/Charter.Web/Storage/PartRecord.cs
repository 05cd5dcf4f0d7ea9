namespace Charter.Web.Storage;

/// <summary>A part of a charter: a heading that groups clauses. Keyed by (charter, part id).</summary>
public sealed class PartRecord
{
    public int CharterId { get; set; }

    /// <summary>The stable id from the draft, such as <c>p-7k2m</c>.</summary>
    public required string Id { get; set; }

    /// <summary>Zero-based display order within the charter.</summary>
    public int Position { get; set; }

    public required string Title { get; set; }

    public List<PartTranslationRecord> Translations { get; set; } = [];
}
