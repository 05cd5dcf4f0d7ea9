using System.Globalization;
using Charter.Web.Accounts.Organisations;

namespace Charter.Web.Endorsements;

/// <summary>The organisations a person is an active delegate of now, from <see cref="OrganisationDirectory"/>.</summary>
public sealed class DirectoryEndorsingOrganisations(OrganisationDirectory directory) : IEndorsingOrganisations
{
    public async Task<IReadOnlyList<DelegatedOrganisation>> ListForDelegateAsync(string personId, CancellationToken cancellationToken) =>
        [.. (await directory.DelegatesForAsync(personId, cancellationToken))
            .Select(o => new DelegatedOrganisation(o.Id.ToString("D", CultureInfo.InvariantCulture), o.Name, Countries.FromText(o.Country)))];
}
