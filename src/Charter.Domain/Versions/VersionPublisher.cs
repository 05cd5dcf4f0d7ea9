using Charter.Crdt;

namespace Charter.Domain.Versions;

/// <summary>
/// Turns the live Doc into the next version: its texts, its CRDT state as a yjs update, a
/// changelog against the previous version (read back from that version's own Markdown, so it
/// compares what was really published) and the chained hash.
/// </summary>
public static class VersionPublisher
{
    /// <exception cref="ArgumentException">The notes or publisher are empty, or the live text cannot be exported.</exception>
    public static CharterVersion Publish(
        Doc doc,
        CharterVersion? latest,
        string notes,
        string publisher,
        DateTimeOffset publishedAt,
        IReadOnlyList<AdoptedAmendment> adopted)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentException.ThrowIfNullOrWhiteSpace(publisher);
        ArgumentNullException.ThrowIfNull(notes);
        var texts = PublishedTexts.Read(doc);
        var previous = latest is null ? null : VersionMarkdown.Import(latest.Markdown, $"v{latest.Number}.md");
        var changelog = Changelog.Build(previous, texts.Source, adopted);
        return VersionChain.Next(
            latest, notes.Trim(), publishedAt.ToUniversalTime(), publisher, texts.Markdown, texts.Translations, Y.EncodeStateAsUpdate(doc), changelog);
    }
}
