using Charter.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Accounts.Organisations;

/// <summary>
/// What stewards do to organisations: create and edit them, add and remove their people, and name
/// delegates. Each call re-reads the caller from the database and refuses unless they are an active
/// steward now, whatever the page believed when it rendered. Every change is audited in the same
/// transaction as the change itself, so neither is stored without the other.
/// </summary>
public sealed class OrganisationAdministration(AccountsDbContext db, IAuditLog audit, TimeProvider clock)
{
    /// <exception cref="AccountException">The caller is not an active steward, the input is not valid, or the name is taken.</exception>
    public async Task<Guid> CreateAsync(string stewardId, OrganisationInput input, CancellationToken cancellationToken = default)
    {
        var steward = await RequireStewardAsync(stewardId, cancellationToken);
        var valid = input.Validated();
        await RequireNameFreeAsync(valid.Name!, null, cancellationToken);
        var organisation = new Organisation
        {
            Id = Guid.NewGuid(),
            Name = valid.Name!,
            Country = valid.Country!,
            Website = valid.Website,
            Description = valid.Description,
            DescriptionLanguage = valid.DescriptionLanguage!,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Organisations.Add(organisation);
        await SaveAuditedAsync(steward, AuditActions.OrganisationCreated, organisation, $"{organisation.Name} ({organisation.Country})", cancellationToken);
        return organisation.Id;
    }

    /// <exception cref="AccountException">The caller is not an active steward, the organisation is unknown, the input is not valid, or the name is taken.</exception>
    public async Task UpdateAsync(string stewardId, Guid organisationId, OrganisationInput input, CancellationToken cancellationToken = default)
    {
        var steward = await RequireStewardAsync(stewardId, cancellationToken);
        var organisation = await FindAsync(organisationId, cancellationToken);
        var valid = input.Validated();
        await RequireNameFreeAsync(valid.Name!, organisationId, cancellationToken);
        var before = $"{organisation.Name} ({organisation.Country})";
        organisation.Name = valid.Name!;
        organisation.Country = valid.Country!;
        organisation.Website = valid.Website;
        organisation.Description = valid.Description;
        organisation.DescriptionLanguage = valid.DescriptionLanguage!;
        if (!db.ChangeTracker.HasChanges())
        {
            return;
        }

        await SaveAuditedAsync(steward, AuditActions.OrganisationEdited, organisation, $"{before} → {organisation.Name} ({organisation.Country})", cancellationToken);
    }

    /// <summary>Adds a person to the organisation; nothing happens if they already belong to it.</summary>
    /// <exception cref="AccountException">The caller is not an active steward, or the organisation or person is unknown.</exception>
    public async Task AddMemberAsync(string stewardId, Guid organisationId, string personId, CancellationToken cancellationToken = default)
    {
        var steward = await RequireStewardAsync(stewardId, cancellationToken);
        var organisation = await FindAsync(organisationId, cancellationToken);
        var person = await db.Users.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken)
            ?? throw new AccountException("UnknownPerson", $"No person has the id '{personId}'.");
        if (await MembershipAsync(organisationId, personId, cancellationToken) is not null)
        {
            return;
        }

        db.OrganisationMemberships.Add(new OrganisationMembership { OrganisationId = organisationId, PersonId = personId });
        await SaveAuditedAsync(steward, AuditActions.OrganisationMemberAdded, organisation, $"{organisation.Name}: + {person.DisplayName} ({person.Id})", cancellationToken);
    }

    /// <summary>Removes a person, and their delegation with them; nothing happens if they do not belong to it.</summary>
    /// <exception cref="AccountException">The caller is not an active steward, or the organisation is unknown.</exception>
    public async Task RemoveMemberAsync(string stewardId, Guid organisationId, string personId, CancellationToken cancellationToken = default)
    {
        var steward = await RequireStewardAsync(stewardId, cancellationToken);
        var organisation = await FindAsync(organisationId, cancellationToken);
        if (await MembershipAsync(organisationId, personId, cancellationToken) is not { } membership)
        {
            return;
        }

        db.OrganisationMemberships.Remove(membership);
        var name = await DisplayNameAsync(personId, cancellationToken);
        await SaveAuditedAsync(steward, AuditActions.OrganisationMemberRemoved, organisation,
            (membership.IsDelegate ? AuditDetails.OrganisationDelegateRemoved : AuditDetails.OrganisationMemberRemoved).Write(organisation.Name, name, personId), cancellationToken);
    }

    /// <summary>Names a member a delegate of the organisation, or stops them being one.</summary>
    /// <exception cref="AccountException">The caller is not an active steward, the organisation is unknown, or the person is not a member of it.</exception>
    public async Task SetDelegateAsync(string stewardId, Guid organisationId, string personId, bool isDelegate, CancellationToken cancellationToken = default)
    {
        var steward = await RequireStewardAsync(stewardId, cancellationToken);
        var organisation = await FindAsync(organisationId, cancellationToken);
        var membership = await MembershipAsync(organisationId, personId, cancellationToken)
            ?? throw new AccountException("DelegateNotMember", "Only a member of the organisation can be its delegate; add them first.");
        if (membership.IsDelegate == isDelegate)
        {
            return;
        }

        membership.IsDelegate = isDelegate;
        var name = await DisplayNameAsync(personId, cancellationToken);
        await SaveAuditedAsync(steward, isDelegate ? AuditActions.OrganisationDelegateNamed : AuditActions.OrganisationDelegateUnnamed, organisation,
            $"{organisation.Name}: {name} ({personId})", cancellationToken);
    }

    private async Task<Person> RequireStewardAsync(string stewardId, CancellationToken cancellationToken)
    {
        var steward = await db.Users.AsNoTracking().FirstOrDefaultAsync(p => p.Id == stewardId, cancellationToken);
        return steward is { IsActive: true, Role: CharterRole.Steward }
            ? steward
            : throw new AccountException("NotSteward", "Only an active steward can manage organisations.");
    }

    private async Task<Organisation> FindAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
        ?? throw new AccountException("UnknownOrganisation", $"No organisation has the id '{organisationId}'.");

    private Task<OrganisationMembership?> MembershipAsync(Guid organisationId, string personId, CancellationToken cancellationToken) =>
        db.OrganisationMemberships.FirstOrDefaultAsync(m => m.OrganisationId == organisationId && m.PersonId == personId, cancellationToken);

    private async Task<string> DisplayNameAsync(string personId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(p => p.Id == personId).Select(p => p.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? personId;

    /// <summary>Names compare without case, so "Red Comunitaria" and "red comunitaria" are one organisation.</summary>
    private async Task RequireNameFreeAsync(string name, Guid? except, CancellationToken cancellationToken)
    {
        var lowered = name.ToLowerInvariant();
        var names = await db.Organisations.AsNoTracking().Where(o => o.Id != except).Select(o => o.Name).ToListAsync(cancellationToken);
        if (names.Any(n => n.ToLowerInvariant() == lowered))
        {
            throw new AccountException("OrganisationNameTaken", $"An organisation called '{name}' exists already.");
        }
    }

    private async Task SaveAuditedAsync(Person steward, string action, Organisation organisation, string details, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditRecord(steward.Id, steward.DisplayName, action, organisation.Id.ToString(), details), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
