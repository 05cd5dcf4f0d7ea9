using Charter.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Accounts;

/// <summary>
/// There are no default credentials. While no active steward exists, each start issues a fresh
/// one-time setup token (replacing any earlier one) and prints its link; using it creates the first
/// steward and deletes the token in the same transaction.
/// </summary>
public sealed class FirstStewardSetup(AccountsDbContext db, PersonFactory people, IAuditLog audit, TimeProvider time)
{
    public static string LinkPath(string token) => $"/account/setup/{token}";

    /// <summary>Returns the new token, or null when a steward exists (and then removes stale tokens).</summary>
    public async Task<string?> IssueIfNoStewardAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SetupTokens.ExecuteDeleteAsync(cancellationToken);
        string? token = null;
        if (!await HasActiveStewardAsync(cancellationToken))
        {
            token = SecretTokens.Create();
            db.SetupTokens.Add(new SetupToken { TokenHash = SecretTokens.Hash(token), CreatedAt = time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return token;
    }

    public async Task<bool> IsValidAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = SecretTokens.Hash(token);
        return await db.SetupTokens.AnyAsync(t => t.TokenHash == hash, cancellationToken);
    }

    public async Task<Person> RedeemAsync(string token, PersonSignUp signUp, CancellationToken cancellationToken = default)
    {
        var hash = SecretTokens.Hash(token);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await db.SetupTokens.Where(t => t.TokenHash == hash).ExecuteDeleteAsync(cancellationToken);
        if (deleted != 1 || await HasActiveStewardAsync(cancellationToken))
        {
            throw new AccountException("SetupNotValid", "This setup link is not valid: it was used already or belongs to an earlier start.");
        }

        var steward = await people.CreateAsync(signUp, CharterRole.Steward);
        await audit.AppendAsync(
            new AuditRecord(null, "Charter", AuditActions.Setup, steward.Id, AuditDetails.Setup.Write(steward.DisplayName)),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return steward;
    }

    private Task<bool> HasActiveStewardAsync(CancellationToken cancellationToken) =>
        db.Users.AnyAsync(p => p.Role == CharterRole.Steward && p.IsActive, cancellationToken);
}
