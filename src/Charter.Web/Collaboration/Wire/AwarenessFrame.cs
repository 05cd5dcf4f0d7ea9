using Charter.Crdt;
using Charter.Crdt.Lib0;

namespace Charter.Web.Collaboration.Wire;

/// <summary>
/// A y-protocols 1.0.7 awareness update, as <c>encodeAwarenessUpdate</c> writes it: varUint count,
/// then per client varUint client id, varUint clock, varString JSON state. The server reads it to
/// know who is present and relays the bytes unchanged.
/// </summary>
public static class AwarenessFrame
{
    /// <summary>States longer than this are refused: presence is a name, a colour and a cursor.</summary>
    public const int MaxStateLength = 64 * 1024;

    /// <exception cref="MalformedUpdateException">The bytes are not one awareness update.</exception>
    public static IReadOnlyList<AwarenessEntry> Read(byte[] update)
    {
        var decoder = new Lib0Decoder(update);
        var count = decoder.ReadCount(minimumBytesEach: 3);
        var entries = new List<AwarenessEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var clientId = decoder.ReadVarUint();
            var clock = decoder.ReadVarUint();
            var state = decoder.ReadVarString();
            if (state.Length > MaxStateLength)
            {
                throw new MalformedUpdateException($"the awareness state of client {clientId} is {state.Length} characters long; at most {MaxStateLength} are allowed");
            }

            entries.Add(new AwarenessEntry(clientId, clock, state));
        }

        if (decoder.HasContent)
        {
            throw new MalformedUpdateException($"{decoder.Remaining} bytes follow the awareness update", decoder.Position);
        }

        return entries;
    }

    public static byte[] Write(IReadOnlyCollection<AwarenessEntry> entries)
    {
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
