using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Governance;

/// <summary>
/// The SQLite write-ahead log keeps the pages of recent commits in the order they were written:
/// read frame by frame, it would show which voter's row and which secret choice changed together.
/// Checkpointing with TRUNCATE folds those pages into the database file and empties the log.
/// </summary>
internal static class WriteAheadLog
{
    /// <summary>
    /// Empties the write-ahead log. Best effort: while another connection is still reading an
    /// older snapshot SQLite cannot finish, and the next call (or SQLite's own checkpoints) does.
    /// </summary>
    public static async Task ForgetWriteOrderAsync(this GovernanceDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }
}
