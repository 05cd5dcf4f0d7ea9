using Charter.Crdt.Structs;

namespace Charter.Crdt.Utils;

/// <summary>
/// Decoded structs that could not be integrated yet because structs they depend on are missing,
/// plus, per client, the lowest clock whose arrival could unblock them.
/// </summary>
internal sealed class PendingStructs
{
    public Dictionary<long, long> Missing { get; } = [];

    /// <summary>Per client, structs sorted by clock (they may overlap; integration skips what it has).</summary>
    public Dictionary<long, List<AbstractStruct>> Structs { get; } = [];

    public void AddMissing(long client, long clock)
    {
        if (!Missing.TryGetValue(client, out var current) || current > clock)
        {
            Missing[client] = clock;
        }
    }

    public void Merge(PendingStructs other)
    {
        foreach (var (client, clock) in other.Missing)
        {
            AddMissing(client, clock);
        }

        foreach (var (client, structs) in other.Structs)
        {
            if (Structs.TryGetValue(client, out var existing))
            {
                existing.AddRange(structs);
                existing.Sort(static (a, b) => a.Id.Clock.CompareTo(b.Id.Clock));
            }
            else
            {
                Structs[client] = structs;
            }
        }
    }
}
