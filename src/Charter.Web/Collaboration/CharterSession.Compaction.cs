using Charter.Crdt;

namespace Charter.Web.Collaboration;

/// <summary>
/// The session's compactions (docs/COLLABORATION.md, "Storage"): while busy, a due
/// <see cref="LogCompaction"/> is merged off the loop and written back on it; on request, at
/// unload and at shutdown the Doc is encoded on the loop. <see cref="LogBookkeeping"/> keeps the
/// figures they are planned from.
/// </summary>
public sealed partial class CharterSession
{
    private Task? _backgroundCompaction;

    /// <summary>
    /// Starts the compaction the log is due for, if any and none is running. None while the Doc
    /// holds pending structs: a snapshot or folded row must hold nothing half-integrated (pending
    /// structs expire, so this never stalls for long).
    /// </summary>
    private void StartDueCompaction()
    {
        if (_fault is null && _backgroundCompaction is null && !_stored.Doc.HasPending && _log.Due(_lastSequence, _options) is { } due)
        {
            _backgroundCompaction = MergeInBackgroundAsync(due);
        }
    }

    /// <summary>At the end of the loop: waits for a running merge, drops what is still pending, and compacts from the Doc.</summary>
    private async Task FinishCompactionsAsync()
    {
        if (_backgroundCompaction is { } running)
        {
            // Its result can no longer be posted; the compaction below covers its rows anyway.
            await running;
        }

        if (_fault is not null)
        {
            return;
        }

        if (_stored.Doc.HasPending)
        {
            // Nobody is left to complete them; their senders send them again with their next sync.
            _stored.Doc.DropPending();
            LogPendingDroppedAtUnload(_logger, Name);
        }

        await CompactAndReportAsync(null);
    }

    /// <summary>Merges off the loop, then hands the result back to the loop to write.</summary>
    private async Task MergeInBackgroundAsync(LogCompaction plan)
    {
        // Returns to the loop at once; the reads and the merge run on a pool thread.
        await Task.Yield();
        try
        {
            var merged = await plan.MergeAsync(_store, _stored.CharterId);
            Post(new LogCompactionDoneWork(merged, null));
        }
        catch (Exception error)
        {
            Post(new LogCompactionDoneWork(null, error));
        }
    }

    /// <summary>Writes a background merge, unless the log moved past it (a compaction from the Doc covered it).</summary>
    private async Task StoreMergedLogAsync(LogCompactionDoneWork done)
    {
        _backgroundCompaction = null;
        if (done.Error is { } error)
        {
            LogCompactionFailed(_logger, error, Name);
            return;
        }

        if (done.Merged is not { } merged || merged.Plan.UpToSequence <= _log.CompactedUpTo)
        {
            return;
        }

        var plan = merged.Plan;
        try
        {
            if (plan.Kind == LogCompactionKind.RewriteSnapshot)
            {
                await _store.CompactAsync(_stored.CharterId, merged.Update, plan.UpToSequence, CancellationToken.None);
                _log.NoteSnapshotStored(plan.UpToSequence, merged.Update.Length, merged.RowsMerged, merged.RowBytesMerged);
            }
            else
            {
                await _store.FoldLogAsync(_stored.CharterId, plan.AfterSequence, plan.UpToSequence, merged.Update, CancellationToken.None);
                _log.NoteFolded(plan.UpToSequence, merged.RowsMerged, merged.RowBytesMerged, merged.Update.Length);
            }
        }
        catch (Exception failure)
        {
            // The old snapshot and every row are still there, so nothing is lost; try again later.
            LogCompactionFailed(_logger, failure, Name);
        }
    }

    private async Task CompactAndReportAsync(CompactWork? requested)
    {
        if (_lastSequence <= _log.CompactedUpTo || _stored.Doc.HasPending)
        {
            // Pending structs are kept only as log rows: a snapshot must hold nothing half-integrated.
            requested?.Complete();
            return;
        }

        try
        {
            var state = Y.EncodeStateAsUpdate(_stored.Doc);
            await _store.CompactAsync(_stored.CharterId, state, _lastSequence, CancellationToken.None);
            _log.NoteSnapshotStored(_lastSequence, state.Length, _log.LogRows, _log.LogBytes);
            requested?.Complete();
        }
        catch (Exception error)
        {
            // The old snapshot and every row are still there, so nothing is lost; try again later.
            LogCompactionFailed(_logger, error, Name);
            requested?.Fail(error);
        }
    }
}
