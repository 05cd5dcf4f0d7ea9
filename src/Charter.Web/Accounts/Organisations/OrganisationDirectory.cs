using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Accounts.Organisations;

/// <summary>
/// Read-only questions about organisations, for any feature that acts per organisation (ballots,
/// endorsements) and for the pages. A singleton that opens its own scope per question, so it is
/// safe from other singletons and never shares a DbContext between callers.
///
/// An <em>active delegate</em> is a delegate who can act now: their account is active and their
/// role votes (member or steward). Every answer about delegates counts only active ones, so a
/// deactivated delegate stops speaking for the organisation at once, without anyone editing it.
/// </summary>
public sealed class OrganisationDirectory(IServiceScopeFactory scopes)
{
    /// <summary>The organisation with this id, or null.</summary>
    public Task<OrganisationSummary?> FindAsync(Guid organisationId, CancellationToken cancellationToken = default) =>
        QueryAsync(async db => await db.Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.Country, o.Website, o.Description, o.DescriptionLanguage))
            .FirstOrDefaultAsync(cancellationToken));

    /// <summary>The given organisations that exist, by id; unknown ids are left out.</summary>
    public Task<IReadOnlyDictionary<Guid, OrganisationSummary>> FindManyAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken = default) =>
        QueryAsync<IReadOnlyDictionary<Guid, OrganisationSummary>>(async db => await db.Organisations.AsNoTracking()
            .Where(o => organisationIds.Contains(o.Id))
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.Country, o.Website, o.Description, o.DescriptionLanguage))
            .ToDictionaryAsync(o => o.Id, cancellationToken));

    /// <summary>Every organisation, by name.</summary>
    public Task<IReadOnlyList<OrganisationSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        QueryAsync<IReadOnlyList<OrganisationSummary>>(async db => (await db.Organisations.AsNoTracking()
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.Country, o.Website, o.Description, o.DescriptionLanguage))
            .ToListAsync(cancellationToken))
            .OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList());

    /// <summary>The organisations <paramref name="personId"/> is an active delegate of now, by name; empty for anyone else.</summary>
    public Task<IReadOnlyList<OrganisationSummary>> DelegatesForAsync(string personId, CancellationToken cancellationToken = default) =>
        QueryAsync<IReadOnlyList<OrganisationSummary>>(async db => (await (
                from membership in ActiveDelegations(db)
                where membership.PersonId == personId
                join o in db.Organisations on membership.OrganisationId equals o.Id
                select new OrganisationSummary(o.Id, o.Name, o.Country, o.Website, o.Description, o.DescriptionLanguage))
            .ToListAsync(cancellationToken))
            .OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList());

    /// <summary>Whether <paramref name="personId"/> is an active delegate of the organisation now.</summary>
    public Task<bool> IsActiveDelegateAsync(string personId, Guid organisationId, CancellationToken cancellationToken = default) =>
        QueryAsync(db => ActiveDelegations(db).AnyAsync(m => m.PersonId == personId && m.OrganisationId == organisationId, cancellationToken));

    /// <summary>Organisations with at least one active delegate now: those that can vote in a per-organisation ballot.</summary>
    public Task<IReadOnlyList<Guid>> WithActiveDelegatesAsync(CancellationToken cancellationToken = default) =>
        QueryAsync<IReadOnlyList<Guid>>(async db => await ActiveDelegations(db)
            .Select(m => m.OrganisationId)
            .Distinct()
            .ToListAsync(cancellationToken));

    /// <summary>The active delegates of the given organisations now, each once.</summary>
    public Task<IReadOnlyList<string>> ActiveDelegatesOfAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken = default) =>
        QueryAsync<IReadOnlyList<string>>(async db => await ActiveDelegations(db)
            .Where(m => organisationIds.Contains(m.OrganisationId))
            .Select(m => m.PersonId)
            .Distinct()
            .ToListAsync(cancellationToken));

    /// <summary>The organisations a person belongs to, by name, with whether they are a delegate of each.</summary>
    public Task<IReadOnlyList<PersonOrganisation>> MembershipsOfAsync(string personId, CancellationToken cancellationToken = default) =>
        QueryAsync<IReadOnlyList<PersonOrganisation>>(async db => (await (
                from membership in db.OrganisationMemberships.AsNoTracking()
                where membership.PersonId == personId
                join o in db.Organisations on membership.OrganisationId equals o.Id
                select new PersonOrganisation(
                    new OrganisationSummary(o.Id, o.Name, o.Country, o.Website, o.Description, o.DescriptionLanguage), membership.IsDelegate))
            .ToListAsync(cancellationToken))
            .OrderBy(p => p.Organisation.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList());

    /// <summary>Every organisation with its people (delegates first, then by name), organisations by name.</summary>
    public Task<IReadOnlyList<OrganisationRoster>> RostersAsync(CancellationToken cancellationToken = default) =>
        QueryAsync<IReadOnlyList<OrganisationRoster>>(async db =>
        {
            var organisations = await db.Organisations.AsNoTracking().ToListAsync(cancellationToken);
            var people = await (
                    from membership in db.OrganisationMemberships.AsNoTracking()
                    join person in db.Users on membership.PersonId equals person.Id
                    select new { membership.OrganisationId, Person = new OrganisationPerson(person.Id, person.DisplayName, membership.IsDelegate, person.IsActive) })
                .ToListAsync(cancellationToken);
            var byOrganisation = people.ToLookup(p => p.OrganisationId, p => p.Person);
            return organisations
                .OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)
                .Select(o => new OrganisationRoster(
                    OrganisationSummary.Of(o),
                    [.. byOrganisation[o.Id].OrderByDescending(p => p.IsDelegate).ThenBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase)]))
                .ToList();
        });

    private static IQueryable<OrganisationMembership> ActiveDelegations(AccountsDbContext db) =>
        from membership in db.OrganisationMemberships.AsNoTracking()
        join person in db.Users on membership.PersonId equals person.Id
        where membership.IsDelegate && person.IsActive && (person.Role == CharterRole.Member || person.Role == CharterRole.Steward)
        select membership;

    private async Task<T> QueryAsync<T>(Func<AccountsDbContext, Task<T>> query)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AccountsDbContext>());
    }
}
