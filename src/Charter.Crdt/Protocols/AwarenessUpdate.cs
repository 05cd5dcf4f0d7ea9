using Charter.Crdt.Lib0;

namespace Charter.Crdt.Protocols;

/// <summary>
/// The byte layout of a y-protocols 1.0.7 awareness update, as <c>encodeAwarenessUpdate</c>
/// writes it: var uint count, then per client var uint client id, var uint clock and var string
/// JSON state. <see cref="Awareness"/> and the server's relay both read and write it through here.
/// </summary>
public static class AwarenessUpdate
{
    /// <summary>Reads the entries; bytes after them are left to the caller, as y-protocols leaves them.</summary>
    /// <exception cref="MalformedUpdateException">A count, id, clock or state is truncated or impossible.</exception>
    public static List<AwarenessEntry> Read(Lib0Decoder decoder)
    {
        ArgumentNullException.ThrowIfNull(decoder);
        var count = decoder.ReadCount(minimumBytesEach: 3);
        var entries = new List<AwarenessEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var clientId = decoder.ReadVarUint();
            var clock = decoder.ReadVarUint();
            entries.Add(new AwarenessEntry(clientId, clock, decoder.ReadVarString()));
        }

        return entries;
    }

    public static byte[] Write(IReadOnlyCollection<AwarenessEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var encoder = new Lib0Encoder();
        encoder.WriteVarUint(entries.Count);
        foreach (var entry in entries)
        {
            encoder.WriteVarUint(entry.ClientId);
            encoder.WriteVarUint(entry.Clock);
            encoder.WriteVarString(entry.StateJson);
        }

        return encoder.ToArray();
    }
}
