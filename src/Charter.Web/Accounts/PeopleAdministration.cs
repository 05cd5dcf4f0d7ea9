using Charter.Web.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Accounts;

/// <summary>
/// What stewards do to people: change roles, deactivate and reactivate, and issue password-reset
/// links. Every change is audited in the same transaction and then announced through
/// <see cref="PeopleRoster"/>, which is what cuts off a deactivated person's live connections.
/// The app always keeps at least one active steward.
/// </summary>
public sealed class PeopleAdministration(
    AccountsDbContext db,
    UserManager<Person> users,
    IAuditLog audit,
    PeopleRoster roster)
{
    public async Task<IReadOnlyList<Person>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().OrderBy(p => p.DisplayName).ToListAsync(cancellationToken);

    public async Task ChangeRoleAsync(PersonStanding steward, string personId, CharterRole role, CancellationToken cancellationToken = default)
    {
        var person = await FindForStewardAsync(steward, personId, cancellationToken);
        if (person.Role == role)
        {
            return;
        }

        var previous = person.Role;
        await KeepAStewardAsync(person, becomesSteward: role == CharterRole.Steward, staysActive: person.IsActive, cancellationToken);
        person.Role = role;
        await SaveAuditedAsync(person, new AuditRecord(steward.Id, steward.DisplayName, AuditActions.RoleChanged, person.Id,
            AuditDetails.RoleChanged.Write(person.DisplayName, previous, role)), cancellationToken);
    }

    public async Task SetActiveAsync(PersonStanding steward, string personId, bool active, CancellationToken cancellationToken = default)
    {
        var person = await FindForStewardAsync(steward, personId, cancellationToken);
        if (person.IsActive == active)
        {
            return;
        }

        await KeepAStewardAsync(person, becomesSteward: person.Role == CharterRole.Steward, staysActive: active, cancellationToken);
        person.IsActive = active;
        // A new security stamp makes cookies and reset links issued before the change fail validation.
        person.SecurityStamp = SecretTokens.Create();
        await SaveAuditedAsync(person, new AuditRecord(steward.Id, steward.DisplayName,
            active ? AuditActions.Reactivated : AuditActions.Deactivated, person.Id, person.DisplayName), cancellationToken);
    }

    /// <summary>A one-time link path that lets the person choose a new password (no mail server needed).</summary>
    public async Task<string> IssuePasswordResetAsync(PersonStanding steward, string personId, CancellationToken cancellationToken = default)
    {
        var person = await FindForStewardAsync(steward, personId, cancellationToken);
        if (!person.IsActive)
        {
            throw new AccountException("PersonInactive", $"{person.DisplayName} is deactivated; reactivate them first.");
        }

        var token = await users.GeneratePasswordResetTokenAsync(person);
        await audit.AppendAsync(new AuditRecord(steward.Id, steward.DisplayName, AuditActions.PasswordResetIssued, person.Id, person.DisplayName), cancellationToken);
        return PasswordResetLinks.Path(person.Id, token);
    }

    private async Task<Person> FindForStewardAsync(PersonStanding steward, string personId, CancellationToken cancellationToken)
    {
        if (!steward.CanManagePeople)
        {
            throw new AccountException("NotSteward", "Only an active steward can change people's roles or access.");
        }

        return await db.Users.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken)
            ?? throw new AccountException("UnknownPerson", $"No person has the id '{personId}'.");
    }

    private async Task KeepAStewardAsync(Person person, bool becomesSteward, bool staysActive, CancellationToken cancellationToken)
    {
        var removesASteward = person.Role == CharterRole.Steward && person.IsActive && !(becomesSteward && staysActive);
        if (removesASteward && !await db.Users.AnyAsync(p => p.Id != person.Id && p.Role == CharterRole.Steward && p.IsActive, cancellationToken))
        {
            throw new AccountException("LastSteward", $"{person.DisplayName} is the only active steward; make someone else a steward first.");
        }
    }

    private async Task SaveAuditedAsync(Person person, AuditRecord record, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(record, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        roster.Changed(person);
    }
}
