using Charter.Domain.Drafts;
using Charter.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Import;

/// <summary>
/// The one place where charter text enters storage. It imports only into an empty database, all
/// charters in one transaction, so a failed import leaves nothing behind and a repeated one adds
/// nothing.
/// </summary>
public sealed class DraftImporter(CharterDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Stores <paramref name="sets"/> if the database holds no charter yet.
    /// </summary>
    /// <returns>The charters stored; empty when the database already had one.</returns>
    public async Task<IReadOnlyList<CharterRecord>> ImportIntoEmptyDatabaseAsync(
        IReadOnlyList<DraftSet> sets, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Charters.AnyAsync(cancellationToken))
        {
            return [];
        }

        var importedAt = clock.GetUtcNow();
        var records = sets.Select(set => DraftRecords.ToRecord(set, importedAt)).ToList();
        db.Charters.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return records;
    }
}
