namespace Charter.Web.Endorsements;

/// <summary>
/// The organisations a person may endorse for: those they are a delegate of, as of now. The
/// organisations registration answers it; until one is registered, <see cref="NoEndorsingOrganisations"/>
/// does, and people endorse only for themselves. Endorsing re-asks it on every call, so a delegate
/// removed a moment ago cannot sign from a page loaded before.
/// </summary>
public interface IEndorsingOrganisations
{
    Task<IReadOnlyList<DelegatedOrganisation>> ListForDelegateAsync(string personId, CancellationToken cancellationToken);
}

/// <summary>An organisation as an endorsement shows it.</summary>
/// <param name="Id">Stable id: the endorser key of its endorsements across versions.</param>
/// <param name="Name">Its name.</param>
/// <param name="Country">As <see cref="Countries.FromText"/> reads the organisation's country.</param>
public sealed record DelegatedOrganisation(string Id, string Name, string Country);
