using Charter.Crdt.Encoding;
using Charter.Crdt.Structs;

namespace Charter.Crdt.Utils;

/// <summary>
/// Deleted clock ranges per client. Deletions need no clocks of their own: a delete set is a plain
/// set of ranges, so merging two of them is a union and order of arrival does not matter.
/// </summary>
public sealed class DeleteSet
{
    public Dictionary<long, List<DeleteItem>> Clients { get; } = [];

    public void Add(long client, long clock, long length)
    {
        if (!Clients.TryGetValue(client, out var items))
        {
            items = [];
            Clients[client] = items;
        }

        items.Add(new DeleteItem(clock, length));
    }

    public bool IsDeleted(Id id) => Clients.TryGetValue(id.Client, out var items) && FindIndex(items, id.Clock) >= 0;

    /// <summary>Index of the range containing <paramref name="clock"/> in a sorted, merged list, or -1.</summary>
    internal static int FindIndex(List<DeleteItem> items, long clock)
    {
        var left = 0;
        var right = items.Count - 1;
        while (left <= right)
        {
            var midIndex = (left + right) / 2;
            var mid = items[midIndex];
            if (mid.Clock <= clock)
            {
                if (clock < mid.Clock + mid.Length)
                {
                    return midIndex;
                }

                left = midIndex + 1;
            }
            else
            {
                right = midIndex - 1;
            }
        }

        return -1;
    }

    /// <summary>Sorts each client's ranges and merges the ones that touch or overlap.</summary>
    public void SortAndMerge()
    {
        foreach (var items in Clients.Values)
        {
            if (items.Count < 2)
            {
                continue;
            }

            items.Sort(static (a, b) => a.Clock.CompareTo(b.Clock));
            var j = 1;
            for (var i = 1; i < items.Count; i++)
            {
                var left = items[j - 1];
                var right = items[i];
                if (left.Clock + left.Length >= right.Clock)
                {
                    items[j - 1] = new DeleteItem(left.Clock, Math.Max(left.Length, right.Clock + right.Length - left.Clock));
                }
                else
                {
                    items[j++] = right;
                }
            }

            items.RemoveRange(j, items.Count - j);
        }
    }

    public static DeleteSet Merge(IEnumerable<DeleteSet> sets)
    {
        var merged = new DeleteSet();
        foreach (var ds in sets)
        {
            foreach (var (client, items) in ds.Clients)
            {
                foreach (var item in items)
                {
                    merged.Add(client, item.Clock, item.Length);
                }
            }
        }

        merged.SortAndMerge();
        return merged;
    }

    /// <summary>The delete set implied by a store: every run of deleted structs.</summary>
    public static DeleteSet FromStructStore(StructStore store)
    {
        var ds = new DeleteSet();
        foreach (var (client, structs) in store.Clients)
        {
            List<DeleteItem>? items = null;
            for (var i = 0; i < structs.Count; i++)
            {
                var s = structs[i];
                if (!s.Deleted)
                {
                    continue;
                }

                var clock = s.Id.Clock;
                var len = s.Length;
                while (i + 1 < structs.Count && structs[i + 1].Deleted)
                {
                    len += structs[++i].Length;
                }

                (items ??= []).Add(new DeleteItem(clock, len));
            }

            if (items is not null)
            {
                ds.Clients[client] = items;
            }
        }

        return ds;
    }

    /// <summary>Writes clients in descending order, as yjs does, so equal sets give equal bytes.</summary>
    public void Write(IDSEncoder encoder)
    {
        encoder.RestEncoder.WriteVarUint(Clients.Count);
        foreach (var client in SortedClientsDescending(Clients.Keys))
        {
            var items = Clients[client];
            encoder.ResetDsCurVal();
            encoder.RestEncoder.WriteVarUint(client);
            encoder.RestEncoder.WriteVarUint(items.Count);
            foreach (var item in items)
            {
                encoder.WriteDsClock(item.Clock);
                encoder.WriteDsLen(item.Length);
            }
        }
    }

    /// <summary>Reads a delete set, rejecting ranges that are empty or that run past 2^53.</summary>
    public static DeleteSet Read(IDSDecoder decoder)
    {
        var ds = new DeleteSet();
        var numClients = Wire.ReadCount(decoder.RestDecoder, "delete set clients");
        var seen = new HashSet<long>();
        for (var i = 0; i < numClients; i++)
        {
            decoder.ResetDsCurVal();
            var client = decoder.RestDecoder.ReadVarUint();
            DeleteSetRules.CheckClient(client, seen);
            var numberOfDeletes = Wire.ReadCount(decoder.RestDecoder, "deletes");
            long end = 0;
            for (var d = 0; d < numberOfDeletes; d++)
            {
                var clock = decoder.ReadDsClock();
                var len = decoder.ReadDsLen();
                end = DeleteSetRules.CheckRange(client, clock, len, end);
                ds.Add(client, clock, len);
            }
        }

        return ds;
    }

    internal static List<long> SortedClientsDescending(IEnumerable<long> clients)
    {
        var list = new List<long>(clients);
        list.Sort(static (a, b) => b.CompareTo(a));
        return list;
    }
}
