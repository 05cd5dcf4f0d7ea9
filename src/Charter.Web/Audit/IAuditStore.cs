using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Audit;

/// <summary>
/// Where the audit entries are kept. The accounts context provides it: the audit table shares
/// that context's migrations (docs/ARCHITECTURE.md, "Layout"), while the log itself needs
/// nothing else from accounts, so it sits beneath them.
/// </summary>
public interface IAuditStore
{
    DbSet<AuditEntry> AuditEntries { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
