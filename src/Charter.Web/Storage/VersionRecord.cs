namespace Charter.Web.Storage;

/// <summary>
/// A published version as stored: one row per (charter, number), never updated. The hash covers
/// <see cref="Markdown"/> and <see cref="PreviousHash"/> (see <c>Charter.Domain.Versions.VersionHash</c>),
/// so <c>/versions/verify</c> detects any change to them made directly in the database.
/// </summary>
public sealed class VersionRecord
{
    public long Id { get; set; }

    public int CharterId { get; set; }

    public int Number { get; set; }

    public string Notes { get; set; } = "";

    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>The steward's person id, for the audit trail; null if the account is gone.</summary>
    public string? PublisherId { get; set; }

    /// <summary>The steward's display name at publication, as readers see it.</summary>
    public string PublisherName { get; set; } = "";

    public string Markdown { get; set; } = "";

    /// <summary>The charter's yjs update at publication.</summary>
    public byte[] Snapshot { get; set; } = [];

    /// <summary>The <c>Changelog</c> as JSON.</summary>
    public string ChangelogJson { get; set; } = "";

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";

    public List<VersionTranslationRecord> Translations { get; set; } = [];
}
