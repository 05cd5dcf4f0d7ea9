using Charter.Domain.Endorsements;

namespace Charter.Web.Versions;

/// <summary>
/// Where the archive and the chain check read the endorsements to list and check
/// (docs/VERSIONS.md, "Endorsements"). The endorsements registration answers it from its table.
/// </summary>
public interface IVersionEndorsements
{
    /// <summary>Every standing endorsement of every version: confirmed, not withdrawn, not hidden.</summary>
    Task<IReadOnlyList<Endorsement>> ListAsync(PublishedCharter charter, CancellationToken cancellationToken);
}
