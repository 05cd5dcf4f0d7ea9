namespace Charter.Domain.Versions;

/// <summary>
/// One published version of a charter (docs/ARCHITECTURE.md, "Versions"). The chain covers
/// <see cref="Number"/> (by position), <see cref="Markdown"/>, <see cref="PreviousHash"/> and
/// <see cref="Hash"/>: see <see cref="VersionHash"/> and <see cref="VersionChain"/>. The other
/// fields travel with it but are not part of the hashed bytes.
/// </summary>
/// <param name="Number">1 for the first version, then one more each time.</param>
/// <param name="Notes">What the steward wrote when publishing.</param>
/// <param name="PublishedAt">When it was published (UTC).</param>
/// <param name="Publisher">Who published it, as shown to readers.</param>
/// <param name="Markdown">The source text in canonical version Markdown (<see cref="VersionMarkdown"/>).</param>
/// <param name="Translations">Each translation's version Markdown, stale clauses marked.</param>
/// <param name="Snapshot">The charter's CRDT state at publication (a yjs update), opaque here.</param>
/// <param name="Changelog">What changed since the previous version.</param>
/// <param name="PreviousHash">The hash of version N-1; empty for version 1.</param>
/// <param name="Hash"><see cref="VersionHash.Compute"/> of the Markdown and the previous hash.</param>
public sealed record CharterVersion(
    int Number,
    string Notes,
    DateTimeOffset PublishedAt,
    string Publisher,
    string Markdown,
    IReadOnlyList<VersionTranslation> Translations,
    byte[] Snapshot,
    Changelog Changelog,
    string PreviousHash,
    string Hash);
