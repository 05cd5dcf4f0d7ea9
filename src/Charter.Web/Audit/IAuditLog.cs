namespace Charter.Web.Audit;

/// <summary>
/// The append-only, hash-chained log of governance actions (docs/ARCHITECTURE.md, "Security"). There is no update
/// or delete; the table refuses them too (see the migration's triggers).
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// Appends an entry after the last one. When the caller's <c>AccountsDbContext</c> has a
    /// transaction open, the entry is part of it and vanishes if that transaction rolls back.
    /// </summary>
    Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>Newest first, filtered; see <see cref="AuditQuery"/>.</summary>
    Task<IReadOnlyList<AuditEntry>> FindAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>Recomputes the whole chain from the first entry.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default);
}
