using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Audit;

/// <summary>
/// <see cref="IAuditLog"/> on the <see cref="IAuditStore"/> (the accounts database). Appends are serialised by one process-wide
/// lock so that reading the last hash and inserting the next entry can never interleave; the app
/// runs one writer per database (several servers would take the lock in the database instead).
/// </summary>
public sealed class AuditLog(IAuditStore db, TimeProvider time) : IAuditLog
{
    private static readonly SemaphoreSlim _appendLock = new(1, 1);

    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Action);
        await _appendLock.WaitAsync(cancellationToken);
        try
        {
            var last = await db.AuditEntries.AsNoTracking()
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(cancellationToken);
            var entry = new AuditEntry
            {
                Sequence = (last?.Sequence ?? 0) + 1,
                // Whole milliseconds, so the time hashed is exactly the time read back.
                At = TruncateToMilliseconds(time.GetUtcNow()),
                ActorId = record.ActorId,
                ActorName = record.ActorName,
                Action = record.Action,
                Subject = record.Subject,
                Details = record.Details,
                PreviousHash = last?.Hash ?? AuditCanonicalForm.GenesisHash,
                Hash = "",
            };
            entry.Hash = AuditCanonicalForm.ComputeHash(entry.PreviousHash, entry);
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            return entry;
        }
        finally
        {
            _appendLock.Release();
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> FindAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            var action = query.Action.Trim();
            entries = action.EndsWith('.')
                ? entries.Where(e => e.Action.StartsWith(action))
                : entries.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim().ToLower();
            entries = entries.Where(e => e.ActorName.ToLower().Contains(actor));
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (query.Until is { } until)
        {
            entries = entries.Where(e => e.At < until);
        }

        return await entries.OrderByDescending(e => e.Sequence)
            .Take(Math.Clamp(query.Limit, 1, 1000))
            .ToListAsync(cancellationToken);
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var previousHash = AuditCanonicalForm.GenesisHash;
        var expectedSequence = 1L;
        var checkedCount = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            checkedCount++;
            if (entry.Sequence != expectedSequence)
            {
                return new AuditVerification(checkedCount, entry.Sequence, $"expected entry {expectedSequence} here; entries are missing");
            }

            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return new AuditVerification(checkedCount, entry.Sequence, "its previous hash is not the hash of the entry before it");
            }

            var recomputed = AuditCanonicalForm.ComputeHash(previousHash, entry);
            if (!string.Equals(entry.Hash, recomputed, StringComparison.Ordinal))
            {
                return new AuditVerification(checkedCount, entry.Sequence, "its content does not match its hash");
            }

            previousHash = entry.Hash;
            expectedSequence++;
        }

        return new AuditVerification(checkedCount, null, null);
    }

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
