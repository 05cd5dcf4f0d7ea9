namespace Charter.Domain.Endorsements;

/// <summary>
/// One endorsement of one published version, as listed on the version's page and in the archive
/// (docs/VERSIONS.md, "Endorsements"). <see cref="VersionHash"/> is the hash version
/// <see cref="VersionNumber"/> had when it was signed, so the signature names the exact text.
/// </summary>
/// <param name="Id">The stored endorsement's id, for withdrawing and hiding it.</param>
/// <param name="Kind">Organisation, person or public signer.</param>
/// <param name="EndorserKey">
/// Who signs, stable across versions (an organisation's or person's id, a hash of a public
/// signer's e-mail): how "signed an earlier version but not this one" is found. Never published.
/// </param>
/// <param name="Name">The organisation's or the signer's name.</param>
/// <param name="SignedBy">For an organisation, the delegate who signed for it; otherwise null.</param>
/// <param name="Country">An ISO 3166 two-letter code in capitals; for an organisation whose country names none, its country as written; empty when not given.</param>
/// <param name="VersionNumber">The version endorsed.</param>
/// <param name="VersionHash">That version's hash in the chain, as recorded when it was signed.</param>
/// <param name="EndorsedAt">When it was made (for a public signer, when it was confirmed).</param>
public sealed record Endorsement(
    long Id,
    EndorserKind Kind,
    string EndorserKey,
    string Name,
    string? SignedBy,
    string Country,
    int VersionNumber,
    string VersionHash,
    DateTimeOffset EndorsedAt);
