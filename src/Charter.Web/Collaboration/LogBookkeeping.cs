using Charter.Web.Storage;

namespace Charter.Web.Collaboration;

/// <summary>
/// What a <see cref="CharterSession"/> knows about its stored log: where the snapshot and the last
/// fold end, and how many rows and bytes a reload would replay. It decides which compaction is due
/// (see <see cref="CollaborationOptions.CompactAfterUpdates"/> and
/// <see cref="CollaborationOptions.FoldLogAfterUpdates"/>). Touched only on the session's loop.
/// </summary>
internal sealed class LogBookkeeping(StoredCharter stored)
{
    private long _foldedUpTo = stored.SnapshotUpTo;
    private long _snapshotBytes = stored.SnapshotBytes;
    private long _logRows = stored.ReplayedUpdates;
    private long _logBytes = stored.ReplayedBytes;

    /// <summary>The last sequence the stored snapshot covers.</summary>
    public long CompactedUpTo { get; private set; } = stored.SnapshotUpTo;

    public long LogRows => _logRows;

    public long LogBytes => _logBytes;

    public void NoteAppended(int rows, long bytes)
    {
        _logRows += rows;
        _logBytes += bytes;
    }

    /// <summary>A new snapshot covering every row up to <paramref name="upTo"/> is stored, and those rows are gone.</summary>
    public void NoteSnapshotStored(long upTo, long snapshotBytes, long rowsCovered, long rowBytesCovered)
    {
        CompactedUpTo = upTo;
        _foldedUpTo = Math.Max(_foldedUpTo, upTo);
        _snapshotBytes = snapshotBytes;
        _logRows -= rowsCovered;
        _logBytes -= rowBytesCovered;
    }

    /// <summary>The rows of a fold up to <paramref name="upTo"/> were replaced by one row of <paramref name="mergedBytes"/>.</summary>
    public void NoteFolded(long upTo, long rowsMerged, long rowBytesMerged, long mergedBytes)
    {
        _foldedUpTo = upTo;
        _logRows -= rowsMerged - 1;
        _logBytes -= rowBytesMerged - mergedBytes;
    }

    /// <summary>The compaction the log is due for at <paramref name="lastSequence"/>, if any.</summary>
    public LogCompaction? Due(long lastSequence, CollaborationOptions options)
    {
        if (_logRows >= options.CompactAfterUpdates && _logBytes * 2 >= _snapshotBytes)
        {
            return new LogCompaction(LogCompactionKind.RewriteSnapshot, CompactedUpTo, lastSequence);
        }

        return lastSequence - _foldedUpTo >= options.FoldLogAfterUpdates
            ? new LogCompaction(LogCompactionKind.FoldRows, _foldedUpTo, lastSequence)
            : null;
    }
}
