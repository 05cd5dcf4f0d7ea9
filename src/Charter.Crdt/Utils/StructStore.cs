using System.Runtime.CompilerServices;
using Charter.Crdt.Structs;

namespace Charter.Crdt.Utils;

/// <summary>
/// All structs of a document, per client, sorted by clock. Invariant: each client's list starts at
/// clock 0 and tiles its clocks without gaps or overlaps, so the state of a client is the end of its
/// last struct and any id below it is found by binary search.
/// </summary>
public sealed class StructStore
{
    public Dictionary<long, List<AbstractStruct>> Clients { get; } = [];

    /// <summary>Structs that arrived before their dependencies, with the lowest missing clock per client.</summary>
    internal PendingStructs? PendingStructs { get; set; }

    /// <summary>Deletions of clocks this document has not seen yet.</summary>
    internal DeleteSet? PendingDs { get; set; }

    public Dictionary<long, long> GetStateVector()
    {
        var sv = new Dictionary<long, long>(Clients.Count);
        foreach (var (client, structs) in Clients)
        {
            var last = structs[^1];
            sv[client] = last.Id.Clock + last.Length;
        }

        return sv;
    }

    public long GetState(long client)
    {
        if (!Clients.TryGetValue(client, out var structs))
        {
            return 0;
        }

        var last = structs[^1];
        return last.Id.Clock + last.Length;
    }

    internal void AddStruct(AbstractStruct s)
    {
        if (!Clients.TryGetValue(s.Id.Client, out var structs))
        {
            structs = [];
            Clients[s.Id.Client] = structs;
        }
        else
        {
            var last = structs[^1];
            if (last.Id.Clock + last.Length != s.Id.Clock)
            {
                throw new InvalidOperationException($"Struct {s.Id} does not continue client {s.Id.Client}'s clock range.");
            }
        }

        structs.Add(s);
    }

    /// <summary>Binary search for the struct covering <paramref name="clock"/>, starting from an interpolated guess.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int FindIndexSS(List<AbstractStruct> structs, long clock)
    {
        var left = 0;
        var right = structs.Count - 1;
        var mid = structs[right];
        var midClock = mid.Id.Clock;
        if (midClock == clock)
        {
            return right;
        }

        var midIndex = (int)(clock / (double)(midClock + mid.Length - 1) * right);
        if (midIndex < 0 || midIndex > right)
        {
            midIndex = (left + right) / 2;
        }

        while (left <= right)
        {
            mid = structs[midIndex];
            midClock = mid.Id.Clock;
            if (midClock <= clock)
            {
                if (clock < midClock + mid.Length)
                {
                    return midIndex;
                }

                left = midIndex + 1;
            }
            else
            {
                right = midIndex - 1;
            }

            midIndex = (left + right) / 2;
        }

        throw new InvalidOperationException($"Clock {clock} is not in the store.");
    }

    /// <summary>The struct covering <paramref name="id"/>, or null when the store has not reached it.</summary>
    public AbstractStruct? TryFind(Id id) => id.Clock < GetState(id.Client) ? Find(id) : null;

    /// <summary>The struct covering <paramref name="id"/>; the caller guarantees the id is below the client's state.</summary>
    internal AbstractStruct Find(Id id)
    {
        var structs = Clients[id.Client];
        return structs[FindIndexSS(structs, id.Clock)];
    }

    /// <summary>Index of the struct that starts exactly at <paramref name="clock"/>, splitting an item if needed.</summary>
    internal static int FindIndexCleanStart(Transaction transaction, List<AbstractStruct> structs, long clock)
    {
        var index = FindIndexSS(structs, clock);
        var s = structs[index];
        if (s.Id.Clock < clock && s is Item item)
        {
            structs.Insert(index + 1, Item.Split(transaction, item, clock - item.Id.Clock));
            return index + 1;
        }

        return index;
    }

    /// <summary>The struct starting at <paramref name="id"/> (an item is split so that it does).</summary>
    internal AbstractStruct GetItemCleanStart(Transaction transaction, Id id)
    {
        var structs = Clients[id.Client];
        return structs[FindIndexCleanStart(transaction, structs, id.Clock)];
    }

    /// <summary>The struct ending at <paramref name="id"/> (an item is split so that it does).</summary>
    internal AbstractStruct GetItemCleanEnd(Transaction transaction, Id id)
    {
        var structs = Clients[id.Client];
        var index = FindIndexSS(structs, id.Clock);
        var s = structs[index];
        if (id.Clock != s.Id.Clock + s.Length - 1 && s is Item item)
        {
            structs.Insert(index + 1, Item.Split(transaction, item, id.Clock - item.Id.Clock + 1));
        }

        return s;
    }

    internal void ReplaceStruct(AbstractStruct s, AbstractStruct replacement)
    {
        var structs = Clients[s.Id.Client];
        structs[FindIndexSS(structs, s.Id.Clock)] = replacement;
    }

    /// <summary>Calls <paramref name="f"/> for every struct in [clockStart, clockStart+len), splitting at both ends.</summary>
    internal static void IterateStructs(Transaction transaction, List<AbstractStruct> structs, long clockStart, long len, Action<AbstractStruct> f)
    {
        if (len == 0)
        {
            return;
        }

        var clockEnd = clockStart + len;
        var index = FindIndexCleanStart(transaction, structs, clockStart);
        AbstractStruct s;
        do
        {
            s = structs[index++];
            if (clockEnd < s.Id.Clock + s.Length)
            {
                FindIndexCleanStart(transaction, structs, clockEnd);
            }

            f(s);
        }
        while (index < structs.Count && structs[index].Id.Clock < clockEnd);
    }
}
