using Charter.Web.Audit;

namespace Charter.Web.Governance;

/// <summary>Appends governance actions to the audit log (docs/GOVERNANCE.md). Nothing per vote of a secret ballot: one entry at its close.</summary>
public sealed class GovernanceAudit(IServiceScopeFactory scopes)
{
    public const string AmendmentProposed = "amendment.proposed";
    public const string AmendmentOpened = "amendment.opened";
    public const string AmendmentWithdrawn = "amendment.withdrawn";
    public const string AmendmentRefreshed = "amendment.refreshed";
    public const string BallotOpened = "ballot.opened";
    public const string VoteCast = "ballot.vote-cast";
    public const string BallotClosed = "ballot.closed";

    public async Task AppendAsync(string? actorId, string actorName, string action, string subject, string details, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditLog>()
            .AppendAsync(new AuditRecord(actorId, actorName, action, subject, details), cancellationToken);
    }
}
