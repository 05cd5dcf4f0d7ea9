using Charter.Crdt;
using Charter.Web.Collaboration.Wire;

namespace Charter.Web.Collaboration;

/// <summary>
/// Sends what one commit added to everyone in the charter in as few frames as the no-echo rule
/// allows. Every connection that sent none of the batch gets one frame merging all of it; each
/// sender gets one frame merging the others' updates, or nothing when the batch was all its own.
/// Writing a frame to a connection is the hub's main cost under load, so a batch of k updates
/// costs about one write per connection instead of k (Hocuspocus merges what one event-loop turn
/// received for the same reason). The more people type at once, the larger the batches get.
/// A batch is sent in runs of at most <see cref="UpdateMerging.MaxInputs"/>, a frame each: each
/// sender's frame is a merge of its own, so the merging grows with the square of a run's length,
/// and a session that fell behind (batches of hundreds) must not fall further behind by merging.
/// A run that cannot be merged (the admission and the merge read the same format, so this is a
/// defence, not a path) goes out as one frame per update instead, and the failure is logged.
/// </summary>
public static partial class CommittedBatchBroadcast
{
    /// <param name="updates">The batch's updates in commit order, each with the connection that sent it (null for server-side changes).</param>
    public static Task SendAsync(ICharterBroadcaster broadcaster, string charter, IReadOnlyList<(string? Sender, byte[] Update)> updates, ILogger logger) =>
        updates.Count <= UpdateMerging.MaxInputs
            ? SendRunOrEachAsync(broadcaster, charter, updates, logger)
            : Task.WhenAll(updates.Chunk(UpdateMerging.MaxInputs).Select(run => SendRunOrEachAsync(broadcaster, charter, run, logger)));

    private static Task SendRunOrEachAsync(ICharterBroadcaster broadcaster, string charter, IReadOnlyList<(string? Sender, byte[] Update)> updates, ILogger logger)
    {
        try
        {
            return SendRunAsync(broadcaster, charter, updates);
        }
        catch (MalformedUpdateException error)
        {
            LogUnmergeable(logger, error, charter, updates.Count);
            return Task.WhenAll(updates.Select(u =>
                broadcaster.BroadcastUpdateAsync(charter, SyncFrame.WriteUpdate(u.Update), u.Sender is null ? [] : [u.Sender])));
        }
    }

    private static Task SendRunAsync(ICharterBroadcaster broadcaster, string charter, IReadOnlyList<(string? Sender, byte[] Update)> updates)
    {
        if (updates.Count == 1)
        {
            var (sender, update) = updates[0];
            return broadcaster.BroadcastUpdateAsync(charter, SyncFrame.WriteUpdate(update), sender is null ? [] : [sender]);
        }

        var senders = updates.Select(u => u.Sender).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var sends = new List<Task>(senders.Count + 1)
        {
            broadcaster.BroadcastUpdateAsync(charter, SyncFrame.WriteUpdate(Y.MergeUpdates([.. updates.Select(u => u.Update)])), senders),
        };
        foreach (var sender in senders)
        {
            var others = updates.Where(u => u.Sender != sender).Select(u => u.Update).ToList();
            if (others.Count > 0)
            {
                sends.Add(broadcaster.SendUpdateAsync(charter, SyncFrame.WriteUpdate(Y.MergeUpdates(others)), sender));
            }
        }

        return Task.WhenAll(sends);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not merge {Count} committed updates of charter {Name} for the broadcast; sent them one frame each.")]
    private static partial void LogUnmergeable(ILogger logger, Exception error, string name, int count);
}
