using Charter.Crdt;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;
using Charter.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Import;

/// <summary>
/// The one place where charter text enters storage: each draft set becomes a Y.Doc
/// (<see cref="CharterDocument"/>) stored as the charter's first snapshot. It imports only into an
/// empty database, all charters in one transaction, so a failed import leaves nothing behind and a
/// repeated one adds nothing.
/// </summary>
public sealed class DraftImporter(IDbContextFactory<CharterDbContext> contexts, TimeProvider clock)
{
    /// <summary>Stores <paramref name="sets"/> if the database holds no charter yet.</summary>
    /// <returns>The draft sets stored; empty when the database already had a charter.</returns>
    public async Task<IReadOnlyList<DraftSet>> ImportIntoEmptyDatabaseAsync(
        IReadOnlyList<DraftSet> sets, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Charters.AnyAsync(cancellationToken))
        {
            return [];
        }

        var importedAt = clock.GetUtcNow();
        foreach (var set in sets)
        {
            var charter = new CharterRecord { Name = set.Name, ImportedAt = importedAt };
            db.Charters.Add(charter);
            await db.SaveChangesAsync(cancellationToken);
            db.Snapshots.Add(new CharterSnapshotRecord
            {
                CharterId = charter.Id,
                Format = CharterStore.SnapshotFormatV1,
                State = Y.EncodeStateAsUpdate(CharterDocument.Create(set)),
                UpToSequence = 0,
                CreatedAt = importedAt,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sets;
    }
}
