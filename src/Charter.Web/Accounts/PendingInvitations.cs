using Charter.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Accounts;

/// <summary>
/// Invitations not yet used and not yet expired, and revoking one. Links are stored only as a hash,
/// so a pending invitation can be listed and revoked but its link cannot be shown again. Revoking
/// ends its validity now (the link then fails like an expired one) and is written to the audit log.
/// </summary>
public sealed class PendingInvitations(AccountsDbContext db, IAuditLog audit, TimeProvider time)
{
    public const string RevokedAction = AuditActions.InvitationRevoked;

    public async Task<IReadOnlyList<Invitation>> ListAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var open = await db.Invitations.AsNoTracking().Where(i => i.UsedAt == null).ToListAsync(cancellationToken);
        return [.. open.Where(i => i.ExpiresAt > now).OrderBy(i => i.ExpiresAt)];
    }

    /// <exception cref="AccountException">The steward is not an active steward, or the invitation is not pending.</exception>
    public async Task RevokeAsync(PersonStanding steward, int invitationId, CancellationToken cancellationToken = default)
    {
        if (!steward.CanManagePeople)
        {
            throw new AccountException("NotSteward", "Only an active steward can revoke invitations.");
        }

        var now = time.GetUtcNow();
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        if (invitation is null || invitation.UsedAt is not null || invitation.ExpiresAt <= now)
        {
            throw new AccountException("InvitationNotPending", $"Invitation {invitationId} is not pending: it was used, has expired or does not exist.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        invitation.ExpiresAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditRecord(steward.Id, steward.DisplayName, RevokedAction, $"invitation {invitation.Id}", AuditDetails.InvitationRevoked.Write(invitation.Role, invitation.Note ?? "")),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
