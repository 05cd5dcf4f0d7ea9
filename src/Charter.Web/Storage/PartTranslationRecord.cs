namespace Charter.Web.Storage;

/// <summary>A part's title in one language other than the charter's source language.</summary>
public sealed class PartTranslationRecord
{
    public int CharterId { get; set; }

    public required string PartId { get; set; }

    public required string Language { get; set; }

    public required string Title { get; set; }
}
