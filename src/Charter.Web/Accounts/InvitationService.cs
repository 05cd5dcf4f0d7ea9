using Charter.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Accounts;

/// <summary>
/// Sign-up is by invitation only: a steward creates a link with a role and an expiry; the first
/// person to use it before it expires gets an account with that role, and it never works again.
/// </summary>
public sealed class InvitationService(
    AccountsDbContext db,
    PersonFactory people,
    IAuditLog audit,
    TimeProvider time)
{
    public static readonly TimeSpan LongestValidity = TimeSpan.FromDays(30);

    public static string LinkPath(string token) => $"/account/join/{token}";

    public async Task<CreatedInvitation> CreateAsync(PersonStanding steward, CharterRole role, TimeSpan validFor, string note, CancellationToken cancellationToken = default)
    {
        if (!steward.CanManagePeople)
        {
            throw new AccountException("NotSteward", "Only an active steward can invite people.");
        }

        if (validFor <= TimeSpan.Zero || validFor > LongestValidity)
        {
            throw new AccountException("InvitationValidity", $"An invitation is valid for between one hour and {LongestValidity.TotalDays} days.");
        }

        note = note.Trim();
        if (note.Length > 200)
        {
            throw new AccountException("NoteTooLong", "A note has at most 200 characters.");
        }

        var token = SecretTokens.Create();
        var now = time.GetUtcNow();
        var invitation = new Invitation
        {
            TokenHash = SecretTokens.Hash(token),
            Role = role,
            Note = note,
            CreatedAt = now,
            CreatedById = steward.Id,
            ExpiresAt = now + validFor,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditRecord(steward.Id, steward.DisplayName, AuditActions.InvitationCreated, $"invitation {invitation.Id}",
                AuditDetails.InvitationCreated.Write(role, invitation.ExpiresAt, note ?? "")),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CreatedInvitation(invitation, token);
    }

    /// <summary>The invitation behind a link if it can still be used; null if unknown, used or expired.</summary>
    public async Task<Invitation?> FindUsableAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = SecretTokens.Hash(token);
        var now = time.GetUtcNow();
        return await db.Invitations.AsNoTracking()
            .FirstOrDefaultAsync(i => i.TokenHash == hash && i.UsedAt == null && i.ExpiresAt > now, cancellationToken);
    }

    /// <summary>
    /// Creates the account and uses up the invitation in one transaction: if Identity refuses the
    /// account (taken e-mail, weak password) the invitation stays usable.
    /// </summary>
    public async Task<Person> RedeemAsync(string token, PersonSignUp signUp, CancellationToken cancellationToken = default)
    {
        var hash = SecretTokens.Hash(token);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Claiming with a conditional update makes "works once" hold even for two sign-ups at once.
        var claimed = await db.Invitations
            .Where(i => i.TokenHash == hash && i.UsedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.UsedAt, now), cancellationToken);
        if (claimed != 1)
        {
            throw new AccountException("InvitationNotValid", "This invitation link is not valid: it was used already, it expired, or it was never issued.");
        }

        var invitation = await db.Invitations.SingleAsync(i => i.TokenHash == hash, cancellationToken);
        var person = await people.CreateAsync(signUp, invitation.Role);
        invitation.UsedById = person.Id;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditRecord(person.Id, person.DisplayName, AuditActions.InvitationUsed, $"invitation {invitation.Id}",
                AuditDetails.InvitationUsed.Write(invitation.Role)),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return person;
    }
}
