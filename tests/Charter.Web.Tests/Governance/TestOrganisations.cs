using Charter.Web.Accounts;
using Charter.Web.Accounts.Organisations;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Governance;

/// <summary>Organisations made through the app's own steward service, with the given people as delegates.</summary>
internal static class TestOrganisations
{
    public static Task<Guid> CreateAsync(CharterAppFactory app, Person steward, string name, params Person[] delegates) =>
        app.InScopeAsync(async s =>
        {
            var administration = s.GetRequiredService<OrganisationAdministration>();
            var id = await administration.CreateAsync(steward.Id, new OrganisationInput(name, "Guatemala", null, null, "es"));
            foreach (var person in delegates)
            {
                await administration.AddMemberAsync(steward.Id, id, person.Id);
                await administration.SetDelegateAsync(steward.Id, id, person.Id, isDelegate: true);
            }

            return id;
        });

    public static Task AddMemberAsync(CharterAppFactory app, Person steward, Guid organisationId, Person person) =>
        app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<OrganisationAdministration>().AddMemberAsync(steward.Id, organisationId, person.Id);
            return 0;
        });
}
