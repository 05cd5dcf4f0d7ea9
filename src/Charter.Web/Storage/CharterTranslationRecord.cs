namespace Charter.Web.Storage;

/// <summary>The charter's title and preamble in one language other than its source language.</summary>
public sealed class CharterTranslationRecord
{
    public int CharterId { get; set; }

    public required string Language { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown; may be empty.</summary>
    public required string Preamble { get; set; }
}
