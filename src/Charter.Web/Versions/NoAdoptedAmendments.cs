using Charter.Domain.Versions;

namespace Charter.Web.Versions;

/// <summary>
/// The answer while no amendment store is registered: no amendments have been adopted, so a
/// changelog lists direct edits only.
/// </summary>
public sealed class NoAdoptedAmendments : IAdoptedAmendments
{
    public Task<IReadOnlyList<AdoptedAmendment>> ListAdoptedAsync(string charterName, DateTimeOffset? since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AdoptedAmendment>>([]);
}
