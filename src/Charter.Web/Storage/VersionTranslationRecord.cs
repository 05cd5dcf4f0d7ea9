namespace Charter.Web.Storage;

/// <summary>A translation published with a version, its stale entry ids (see <c>VersionTranslation</c>) space-separated.</summary>
public sealed class VersionTranslationRecord
{
    public long VersionId { get; set; }

    public string Language { get; set; } = "";

    public string Markdown { get; set; } = "";

    public string StaleEntryIds { get; set; } = "";
}
