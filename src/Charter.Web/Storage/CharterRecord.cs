namespace Charter.Web.Storage;

/// <summary>
/// One charter as stored: its source-language title and preamble. Parts, clauses and translations
/// hang off it. <see cref="Name"/> is the draft's file name without extension and is unique.
/// </summary>
public sealed class CharterRecord
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string SourceLanguage { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown; may be empty.</summary>
    public required string Preamble { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public List<PartRecord> Parts { get; set; } = [];

    public List<ClauseRecord> Clauses { get; set; } = [];

    public List<CharterTranslationRecord> Translations { get; set; } = [];
}
