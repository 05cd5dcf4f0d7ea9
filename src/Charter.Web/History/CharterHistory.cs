using System.Security.Cryptography;
using Charter.Crdt;
using Charter.Web.Collaboration;
using Charter.Web.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Charter.Web.History;

/// <summary>
/// The <c>charter_history</c> table: keeps earlier states of a charter and reads them back.
/// Retention is bounded per charter (<see cref="HistoryOptions"/>): publications are kept for ever,
/// interval snapshots and event snapshots (before structural changes and restores) each up to
/// their own count, oldest deleted first. A state identical to the newest one is not kept again.
/// </summary>
public sealed class CharterHistory(
    IDbContextFactory<CharterDbContext> contexts, CharterSessionRegistry sessions, IOptions<HistoryOptions> options, TimeProvider clock)
{
    /// <summary>Reads the charter's live Doc and keeps it; false when it equals the newest kept state.</summary>
    /// <exception cref="CharterNotFoundException">No charter has that name.</exception>
    public async Task<bool> TakeAsync(string charter, string reason, string? actorId, string? actorName, string note, CancellationToken cancellationToken)
    {
        byte[] state;
        await using (var lease = await sessions.OpenAsync(charter, cancellationToken))
        {
            state = await lease.Session.ReadAsync(doc => Y.EncodeStateAsUpdate(doc));
        }

        return await KeepAsync(charter, state, reason, actorId, actorName, note, cancellationToken);
    }

    /// <summary>Keeps <paramref name="state"/> (a whole Doc as a V1 update); false when it equals the newest kept state.</summary>
    public async Task<bool> KeepAsync(
        string charter, byte[] state, string reason, string? actorId, string? actorName, string note, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var charterId = await db.Charters.Where(c => c.Name == charter).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new CharterNotFoundException(charter);
        var hash = Convert.ToHexStringLower(SHA256.HashData(state));
        var newest = await db.History.Where(h => h.CharterId == charterId)
            .OrderByDescending(h => h.Id)
            .Select(h => new { h.StateHash, h.Reason }).FirstOrDefaultAsync(cancellationToken);
        if (newest?.StateHash == hash && reason == HistoryReasons.Interval)
        {
            return false;
        }

        db.History.Add(new CharterHistoryRecord
        {
            CharterId = charterId,
            TakenAt = clock.GetUtcNow(),
            Reason = reason,
            ActorId = actorId,
            ActorName = actorName,
            Note = note.Length > 2000 ? note[..2000] : note,
            StateHash = hash,
            State = state,
        });
        await db.SaveChangesAsync(cancellationToken);
        await PruneAsync(db, charterId, cancellationToken);
        return true;
    }

    /// <summary>The charter's kept states, newest first (ids grow with time), without their bytes.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> ListAsync(string charter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.History
            .Where(h => db.Charters.Any(c => c.Id == h.CharterId && c.Name == charter))
            .OrderByDescending(h => h.Id)
            .Select(h => new HistoryEntry(h.Id, h.TakenAt, h.Reason, h.ActorName, h.Note))
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>One kept state of the charter, or null when it has no such entry.</summary>
    public async Task<KeptState?> FindAsync(string charter, long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.History.AsNoTracking()
            .Where(h => h.Id == id && db.Charters.Any(c => c.Id == h.CharterId && c.Name == charter))
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new KeptState(new HistoryEntry(row.Id, row.TakenAt, row.Reason, row.ActorName, row.Note), row.State);
    }

    /// <summary>Every kept state of the charter, oldest first, with its bytes (for a clause's history).</summary>
    public async Task<IReadOnlyList<KeptState>> ReadAllAsync(string charter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.History.AsNoTracking()
            .Where(h => db.Charters.Any(c => c.Id == h.CharterId && c.Name == charter))
            .OrderBy(h => h.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(h => new KeptState(new HistoryEntry(h.Id, h.TakenAt, h.Reason, h.ActorName, h.Note), h.State))];
    }

    private async Task PruneAsync(CharterDbContext db, int charterId, CancellationToken cancellationToken)
    {
        var kept = await db.History.Where(h => h.CharterId == charterId && h.Reason != HistoryReasons.Publication)
            .Select(h => new { h.Id, h.Reason }).ToListAsync(cancellationToken);
        var expired = kept.Where(h => h.Reason == HistoryReasons.Interval)
            .OrderByDescending(h => h.Id).Skip(options.Value.KeepIntervalSnapshots)
            .Concat(kept.Where(h => HistoryReasons.Events.Contains(h.Reason))
                .OrderByDescending(h => h.Id).Skip(options.Value.KeepEventSnapshots))
            .Select(h => h.Id).ToList();
        if (expired.Count > 0)
        {
            await db.History.Where(h => expired.Contains(h.Id)).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
