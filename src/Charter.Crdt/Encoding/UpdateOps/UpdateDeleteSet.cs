using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>A deleted clock range of one client.</summary>
public readonly record struct DeleteRange(long Clock, long Length);

/// <summary>
/// The delete set at the end of an update, read and written exactly as yjs's <c>readDeleteSet</c>,
/// <c>writeDeleteSet</c> (clients in descending order) and <c>mergeDeleteSets</c> do.
/// </summary>
public sealed class UpdateDeleteSet
{
    private readonly Dictionary<long, List<DeleteRange>> _clients = [];

    public IReadOnlyDictionary<long, List<DeleteRange>> Clients => _clients;

    public static UpdateDeleteSet Read(IDSDecoder decoder)
    {
        var deleteSet = new UpdateDeleteSet();
        var rest = decoder.RestDecoder;
        var clientCount = Utils.Wire.ReadCount(rest, "delete set clients");
        var seen = new HashSet<long>();
        for (long i = 0; i < clientCount; i++)
        {
            decoder.ResetDsCurVal();
            var client = rest.ReadVarUint();
            DeleteSetRules.CheckClient(client, seen);
            var rangeCount = Utils.Wire.ReadCount(rest, "deletes");
            if (rangeCount == 0)
            {
                continue;
            }

            var ranges = deleteSet._clients[client] = [];
            long end = 0;
            for (long r = 0; r < rangeCount; r++)
            {
                var range = new DeleteRange(decoder.ReadDsClock(), decoder.ReadDsLen());
                end = DeleteSetRules.CheckRange(client, range.Clock, range.Length, end);
                ranges.Add(range);
            }
        }

        return deleteSet;
    }

    public void Write(IDSEncoder encoder)
    {
        var rest = encoder.RestEncoder;
        rest.WriteVarUint(_clients.Count);
        foreach (var (client, ranges) in _clients.OrderByDescending(pair => pair.Key))
        {
            encoder.ResetDsCurVal();
            rest.WriteVarUint(client);
            rest.WriteVarUint(ranges.Count);
            foreach (var range in ranges)
            {
                encoder.WriteDsClock(range.Clock);
                encoder.WriteDsLen(range.Length);
            }
        }
    }

    /// <summary>All ranges of all sets, per client sorted by clock with overlapping or adjacent ranges joined.</summary>
    public static UpdateDeleteSet Merge(IEnumerable<UpdateDeleteSet> deleteSets)
    {
        var merged = new UpdateDeleteSet();
        foreach (var deleteSet in deleteSets)
        {
            foreach (var (client, ranges) in deleteSet._clients)
            {
                if (!merged._clients.TryGetValue(client, out var mergedRanges))
                {
                    merged._clients[client] = mergedRanges = [];
                }

                mergedRanges.AddRange(ranges);
            }
        }

        foreach (var ranges in merged._clients.Values)
        {
            SortAndJoin(ranges);
        }

        return merged;
    }

    private static void SortAndJoin(List<DeleteRange> ranges)
    {
        ranges.Sort((a, b) => a.Clock.CompareTo(b.Clock));
        var j = 1;
        for (var i = 1; i < ranges.Count; i++)
        {
            var left = ranges[j - 1];
            var right = ranges[i];
            if (left.Clock + left.Length >= right.Clock)
            {
                ranges[j - 1] = new DeleteRange(left.Clock, Math.Max(left.Length, right.Clock + right.Length - left.Clock));
            }
            else
            {
                ranges[j++] = right;
            }
        }

        if (ranges.Count > 0)
        {
            ranges.RemoveRange(j, ranges.Count - j);
        }
    }
}
