using Charter.Crdt;

namespace Charter.Web.Storage;

/// <summary>A charter's Doc as loaded from the store.</summary>
/// <param name="CharterId">The charter's row id.</param>
/// <param name="Name">The charter's name.</param>
/// <param name="Doc">Snapshot plus every log row after it, applied in order.</param>
/// <param name="SnapshotUpTo">The sequence the snapshot covers; the log rows are after it.</param>
/// <param name="LastSequence">The highest sequence the Doc includes; the next update gets the one after.</param>
/// <param name="ReplayedUpdates">How many log rows were applied on top of the snapshot.</param>
/// <param name="SnapshotBytes">The size of the stored snapshot.</param>
/// <param name="ReplayedBytes">The size of the log rows applied on top of it.</param>
public sealed record StoredCharter(int CharterId, string Name, Doc Doc, long SnapshotUpTo, long LastSequence, int ReplayedUpdates, long SnapshotBytes, long ReplayedBytes);
