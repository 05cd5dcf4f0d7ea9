using Charter.Web.Audit;

namespace Charter.Web.Governance;

/// <summary>Appends governance actions to the audit log (docs/GOVERNANCE.md). Nothing per vote of a secret ballot: one entry at its close.</summary>
public sealed class GovernanceAudit(IServiceScopeFactory scopes)
{
    public const string AmendmentProposed = AuditActions.AmendmentProposed;
    public const string AmendmentOpened = AuditActions.AmendmentOpened;
    public const string AmendmentWithdrawn = AuditActions.AmendmentWithdrawn;
    public const string AmendmentRefreshed = AuditActions.AmendmentRefreshed;
    public const string BallotOpened = AuditActions.BallotOpened;
    public const string VoteCast = AuditActions.VoteCast;
    public const string BallotClosed = AuditActions.BallotClosed;

    public async Task AppendAsync(string? actorId, string actorName, string action, string subject, string details, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditLog>()
            .AppendAsync(new AuditRecord(actorId, actorName, action, subject, details), cancellationToken);
    }
}
