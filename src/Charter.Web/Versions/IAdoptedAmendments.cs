using Charter.Domain.Versions;

namespace Charter.Web.Versions;

/// <summary>
/// Where a publication learns which amendments were adopted since the previous version, for its
/// changelog. Governance answers it from its ballots (<c>GovernanceAdoptedAmendments</c>).
/// </summary>
public interface IAdoptedAmendments
{
    /// <param name="charterName">The charter.</param>
    /// <param name="since">When the previous version was published; null for the first version.</param>
    Task<IReadOnlyList<AdoptedAmendment>> ListAdoptedAsync(string charterName, DateTimeOffset? since, CancellationToken cancellationToken);
}
