namespace Charter.Web.Storage;

/// <summary>
/// A clause's title and body in one language other than the charter's source language. A
/// translation may lack some clauses; readers then fall back to the source text.
/// </summary>
public sealed class ClauseTranslationRecord
{
    public int CharterId { get; set; }

    public required string ClauseId { get; set; }

    public required string Language { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown.</summary>
    public required string Body { get; set; }
}
