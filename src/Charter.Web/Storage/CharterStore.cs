using System.Diagnostics;
using Charter.Crdt;
using Charter.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Charter.Web.Storage;

/// <summary>
/// Reads and writes charters' Docs: snapshot plus update log. Thread-safe (a context per call);
/// each charter has one writer, its session, which hands out the sequence numbers.
/// </summary>
public sealed partial class CharterStore(
    IDbContextFactory<CharterDbContext> contexts, TimeProvider clock, CharterMetrics metrics, ILogger<CharterStore> logger)
{
    /// <summary>Snapshots are written in the V1 format, the one every yjs peer reads.</summary>
    public const int SnapshotFormatV1 = 1;

    public const int SnapshotFormatV2 = 2;

    /// <summary>Names of every stored charter, in the order they were stored.</summary>
    public async Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Charters.OrderBy(c => c.Id).Select(c => c.Name).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Rebuilds the charter's Doc from its snapshot and the log rows after it, in sequence order.
    /// </summary>
    /// <exception cref="CharterNotFoundException">No charter has that name.</exception>
    /// <exception cref="CharterUnreadableException">A stored row cannot be decoded; it is logged and nothing is replaced.</exception>
    public async Task<StoredCharter> LoadAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var charter = await db.Charters.AsNoTracking().SingleOrDefaultAsync(c => c.Name == name, cancellationToken)
            ?? throw new CharterNotFoundException(name);
        var snapshot = await db.Snapshots.AsNoTracking().SingleOrDefaultAsync(s => s.CharterId == charter.Id, cancellationToken);
        if (snapshot is null)
        {
            throw Unreadable(name, "it has no snapshot, so its text was never stored completely");
        }

        var doc = new Doc();
        Apply(name, doc, snapshot.State, snapshot.Format, $"the snapshot (up to update {snapshot.UpToSequence})");
        var lastSequence = snapshot.UpToSequence;
        var replayed = 0;
        var replayedBytes = 0L;
        var rows = db.Updates.AsNoTracking()
            .Where(u => u.CharterId == charter.Id && u.Sequence > snapshot.UpToSequence)
            .OrderBy(u => u.Sequence)
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            Apply(name, doc, row.Update, SnapshotFormatV1, $"update {row.Sequence}");
            lastSequence = row.Sequence;
            replayed++;
            replayedBytes += row.Update.Length;
        }

        return new StoredCharter(charter.Id, name, doc, snapshot.UpToSequence, lastSequence, replayed, snapshot.State.Length, replayedBytes);
    }

    /// <summary>
    /// Appends updates in one transaction; when this returns they are committed. Sequences must
    /// continue the charter's log (the session guarantees it; the primary key rejects a repeat).
    /// </summary>
    public async Task AppendAsync(int charterId, IReadOnlyList<PendingUpdateRow> updates, CancellationToken cancellationToken)
    {
        // The hot path: one plain prepared INSERT per row in one transaction, without change
        // tracking, because it runs for every keystroke batch of every open charter.
        var started = Stopwatch.GetTimestamp();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var insert = db.Database.GetDbConnection().CreateCommand();
        insert.Transaction = transaction.GetDbTransaction();
        insert.CommandText =
            "INSERT INTO charter_updates (CharterId, Sequence, \"Update\", UserId, ClientId, ReceivedAt) " +
            "VALUES ($charter, $sequence, $update, $user, $client, $received)";
        AddParameter(insert, "$charter", charterId);
        var sequence = AddParameter(insert, "$sequence", 0L);
        var update = AddParameter(insert, "$update", Array.Empty<byte>());
        var user = AddParameter(insert, "$user", DBNull.Value);
        var client = AddParameter(insert, "$client", DBNull.Value);
        var receivedAt = clock.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture);
        AddParameter(insert, "$received", receivedAt);
        await insert.PrepareAsync(cancellationToken);
        foreach (var row in updates)
        {
            sequence.Value = row.Sequence;
            update.Value = row.Update;
            user.Value = (object?)row.UserId ?? DBNull.Value;
            client.Value = (object?)row.ClientId ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await RecordClauseEditorsAsync(insert, charterId, updates, receivedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        metrics.RecordCommit(updates.Count, started);
    }

    /// <summary>The people who edited a clause of the charter, in no particular order.</summary>
    /// <exception cref="CharterNotFoundException">No charter has that name.</exception>
    public async Task<IReadOnlyList<string>> ClauseEditorsAsync(string name, string clauseId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var charterId = await db.Charters.Where(c => c.Name == name).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new CharterNotFoundException(name);
        return await db.ClauseEditors.AsNoTracking()
            .Where(e => e.CharterId == charterId && e.ClauseId == clauseId)
            .Select(e => e.UserId)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Notes, in the appending transaction, who edited which clause: one statement per person and
    /// clause in the batch (with the latest sequence), so a typist whose keystrokes share a commit
    /// costs one, and typing in the preamble or reordering costs nothing here.
    /// </summary>
    private static async Task RecordClauseEditorsAsync(
        System.Data.Common.DbCommand appendCommand, int charterId, IReadOnlyList<PendingUpdateRow> updates, string receivedAt, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<(string UserId, string ClauseId), long>();
        foreach (var row in updates)
        {
            if (row.UserId is { } userId && row.ClauseIds is { } clauseIds)
            {
                foreach (var clauseId in clauseIds)
                {
                    latest[(userId, clauseId)] = row.Sequence;
                }
            }
        }

        if (latest.Count == 0)
        {
            return;
        }

        await using var upsert = appendCommand.Connection!.CreateCommand();
        upsert.Transaction = appendCommand.Transaction;
        upsert.CommandText =
            "INSERT INTO clause_editors (CharterId, ClauseId, UserId, LastSequence, LastEditedAt) " +
            "VALUES ($charter, $clause, $user, $sequence, $edited) " +
            "ON CONFLICT (CharterId, ClauseId, UserId) DO UPDATE SET LastSequence = excluded.LastSequence, LastEditedAt = excluded.LastEditedAt";
        AddParameter(upsert, "$charter", charterId);
        var clause = AddParameter(upsert, "$clause", "");
        var user = AddParameter(upsert, "$user", "");
        var sequence = AddParameter(upsert, "$sequence", 0L);
        AddParameter(upsert, "$edited", receivedAt);
        await upsert.PrepareAsync(cancellationToken);
        foreach (var ((userId, clauseId), lastSequence) in latest)
        {
            user.Value = userId;
            clause.Value = clauseId;
            sequence.Value = lastSequence;
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static System.Data.Common.DbParameter AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>
    /// Replaces the snapshot with <paramref name="state"/> (the whole Doc as a V1 update, covering
    /// every row up to <paramref name="upToSequence"/>) and deletes those rows, in one transaction:
    /// a crash leaves either the old snapshot with all rows or the new one. A snapshot already at or
    /// past <paramref name="upToSequence"/> is kept. Writes only: the old snapshot is never read back.
    /// </summary>
    public async Task CompactAsync(int charterId, byte[] state, long upToSequence, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var replaced = await db.Snapshots
            .Where(s => s.CharterId == charterId && s.UpToSequence < upToSequence)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(s => s.State, state)
                    .SetProperty(s => s.Format, SnapshotFormatV1)
                    .SetProperty(s => s.UpToSequence, upToSequence)
                    .SetProperty(s => s.CreatedAt, now),
                cancellationToken);
        if (replaced == 0)
        {
            return;
        }

        await db.Updates.Where(u => u.CharterId == charterId && u.Sequence <= upToSequence).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Replaces the log rows after <paramref name="afterSequence"/> up to <paramref name="upToSequence"/>
    /// with one row at <paramref name="upToSequence"/> holding <paramref name="merged"/> (those rows'
    /// updates merged), in one transaction, so a reload replays one update where there were many.
    /// Nothing changes when the snapshot already covers <paramref name="upToSequence"/>.
    /// </summary>
    public async Task FoldLogAsync(int charterId, long afterSequence, long upToSequence, byte[] merged, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var snapshotUpTo = await db.Snapshots.Where(s => s.CharterId == charterId).Select(s => s.UpToSequence).SingleAsync(cancellationToken);
        if (snapshotUpTo >= upToSequence)
        {
            return;
        }

        await db.Updates
            .Where(u => u.CharterId == charterId && u.Sequence > afterSequence && u.Sequence <= upToSequence)
            .ExecuteDeleteAsync(cancellationToken);
        db.Updates.Add(new CharterUpdateRecord
        {
            CharterId = charterId,
            Sequence = upToSequence,
            Update = merged,
            ReceivedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The stored snapshot as a V1 update, and the sequence it covers.</summary>
    public async Task<(byte[] State, long UpToSequence)> ReadSnapshotAsync(int charterId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var snapshot = await db.Snapshots.AsNoTracking().SingleAsync(s => s.CharterId == charterId, cancellationToken);
        var state = snapshot.Format == SnapshotFormatV2 ? Y.ConvertUpdateFormatV2ToV1(snapshot.State) : snapshot.State;
        return (state, snapshot.UpToSequence);
    }

    /// <summary>The log rows' updates after <paramref name="afterSequence"/> up to <paramref name="upToSequence"/>, in order.</summary>
    public async Task<IReadOnlyList<byte[]>> ReadLogAsync(int charterId, long afterSequence, long upToSequence, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Updates.AsNoTracking()
            .Where(u => u.CharterId == charterId && u.Sequence > afterSequence && u.Sequence <= upToSequence)
            .OrderBy(u => u.Sequence)
            .Select(u => u.Update)
            .ToListAsync(cancellationToken);
    }

    private void Apply(string name, Doc doc, byte[] update, int format, string what)
    {
        try
        {
            switch (format)
            {
                case SnapshotFormatV1:
                    Y.ApplyUpdate(doc, update);
                    break;
                case SnapshotFormatV2:
                    Y.ApplyUpdateV2(doc, update);
                    break;
                default:
                    throw Unreadable(name, $"{what} has the unknown format {format}");
            }
        }
        catch (MalformedUpdateException malformed)
        {
            throw Unreadable(name, $"{what} cannot be decoded: {malformed.Message}", malformed);
        }
    }

    private CharterUnreadableException Unreadable(string name, string problem, Exception? inner = null)
    {
        var error = new CharterUnreadableException(name, problem, inner);
        LogUnreadable(logger, error, name, problem);
        return error;
    }

    [LoggerMessage(Level = LogLevel.Critical,
        Message = "Charter {Name} is refused because its stored rows cannot be read: {Problem}. Nothing was replaced; restore the rows from a backup.")]
    private static partial void LogUnreadable(ILogger logger, Exception error, string name, string problem);
}
