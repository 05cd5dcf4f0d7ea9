using Charter.Domain.Versions;
using Charter.Web.Versions;

namespace Charter.Web.Governance;

/// <summary>
/// Feeds a published version's changelog from the governance tables: every amendment whose
/// ballot adopted it after the previous version, with that ballot's tally.
/// </summary>
public sealed class GovernanceAdoptedAmendments(AmendmentService amendments) : IAdoptedAmendments
{
    public Task<IReadOnlyList<AdoptedAmendment>> ListAdoptedAsync(string charterName, DateTimeOffset? since, CancellationToken cancellationToken) =>
        amendments.AdoptedSinceAsync(charterName, since ?? DateTimeOffset.MinValue, cancellationToken);
}
