namespace Charter.Crdt.Utils;

/// <summary>
/// Structs that could not be integrated yet because structs they depend on are missing, kept as
/// yjs keeps them: one V2 update, plus per client the lowest clock whose arrival could unblock them.
/// </summary>
internal sealed class PendingStructs(Dictionary<long, long> missing, byte[] update)
{
    public Dictionary<long, long> Missing { get; } = missing;

    public byte[] Update { get; set; } = update;

    public void AddMissing(long client, long clock)
    {
        if (!Missing.TryGetValue(client, out var current) || current > clock)
        {
            Missing[client] = clock;
        }
    }
}
