using Charter.Crdt;
using Charter.Web.Storage;

namespace Charter.Web.Collaboration;

/// <summary>The two ways a busy session shortens its log.</summary>
internal enum LogCompactionKind
{
    /// <summary>Replace a run of log rows with one row of their merged updates: bounds how many rows a reload replays.</summary>
    FoldRows,

    /// <summary>Merge the snapshot and every log row into a new snapshot: bounds how many bytes a reload replays.</summary>
    RewriteSnapshot,
}

/// <summary>
/// The merging half of a compaction a session starts while it is busy. It runs off the session's
/// loop and touches neither the Doc nor the log: it reads the stored rows (and snapshot) after
/// <see cref="AfterSequence"/> up to <see cref="UpToSequence"/> and merges them with
/// <see cref="Y.MergeUpdates"/> (in rounds: <see cref="UpdateMerging"/>), which needs no Doc. The session then writes the result on its loop,
/// between two commits, so the store still has one writer per charter and the loop never waits
/// for a whole-Doc encode. A merged snapshot keeps deleted text that an encode from the Doc would
/// have collected; the compactions at unload and shutdown encode from the Doc and collect it.
/// </summary>
internal sealed record LogCompaction(LogCompactionKind Kind, long AfterSequence, long UpToSequence)
{
    /// <returns>The merge, or null when the stored snapshot no longer starts where this was planned.</returns>
    public async Task<MergedLog?> MergeAsync(CharterStore store, int charterId)
    {
        byte[]? snapshot = null;
        if (Kind == LogCompactionKind.RewriteSnapshot)
        {
            var stored = await store.ReadSnapshotAsync(charterId, CancellationToken.None);
            if (stored.UpToSequence != AfterSequence)
            {
                return null;
            }

            snapshot = stored.State;
        }

        var rows = await store.ReadLogAsync(charterId, AfterSequence, UpToSequence, CancellationToken.None);
        var mergedRows = UpdateMerging.MergeInRounds(rows);
        var merged = snapshot is null ? mergedRows : Y.MergeUpdates([snapshot, mergedRows]);
        return new MergedLog(this, merged, rows.Count, rows.Sum(row => (long)row.Length));
    }
}

/// <summary>A <see cref="LogCompaction"/>'s merged update, and how much of the log it replaces.</summary>
internal sealed record MergedLog(LogCompaction Plan, byte[] Update, int RowsMerged, long RowBytesMerged);
