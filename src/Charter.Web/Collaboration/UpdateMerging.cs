using Charter.Crdt;

namespace Charter.Web.Collaboration;

/// <summary>
/// How the hub merges many updates into one. <see cref="Y.MergeUpdates"/> re-sorts its inputs for
/// every run of structs it writes, exactly as yjs's mergeUpdates does (Charter.Crdt keeps its output
/// byte for byte), so one call over n single-edit updates costs about n² log n: seconds for a few
/// thousand. Every merge here therefore takes at most <see cref="MaxInputs"/> updates at a time.
/// </summary>
public static class UpdateMerging
{
    /// <summary>The most updates one <see cref="Y.MergeUpdates"/> call takes.</summary>
    public const int MaxInputs = 16;

    /// <summary>
    /// Merges any number of updates in rounds of at most <see cref="MaxInputs"/>: about n log n, and
    /// the result is the same update state as one merge of them all.
    /// </summary>
    public static byte[] MergeInRounds(IReadOnlyList<byte[]> updates)
    {
        if (updates.Count == 0)
        {
            return Y.MergeUpdates([]);
        }

        var round = updates;
        while (round.Count > 1)
        {
            round = [.. round.Chunk(MaxInputs).Select(run => run.Length == 1 ? run[0] : Y.MergeUpdates(run))];
        }

        return round[0];
    }
}
