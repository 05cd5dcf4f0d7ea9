using Charter.Crdt;
using Charter.Crdt.Lib0;
using Charter.Crdt.Protocols;

namespace Charter.Web.Collaboration.Wire;

/// <summary>
/// The hub's awareness payloads: exactly one awareness update each (layout in
/// <see cref="AwarenessUpdate"/>), with states of bounded size. The server reads them to know who
/// is present and relays the bytes unchanged, never parsing the states.
/// </summary>
public static class AwarenessFrame
{
    /// <summary>States longer than this are refused: presence is a name, a colour and a cursor.</summary>
    public const int MaxStateLength = 64 * 1024;

    /// <exception cref="MalformedUpdateException">The bytes are not one awareness update.</exception>
    public static IReadOnlyList<AwarenessEntry> Read(byte[] update)
    {
        var decoder = new Lib0Decoder(update);
        var entries = AwarenessUpdate.Read(decoder);
        if (entries.FirstOrDefault(e => e.StateJson.Length > MaxStateLength) is { } tooLong)
        {
            throw new MalformedUpdateException($"the awareness state of client {tooLong.ClientId} is {tooLong.StateJson.Length} characters long; at most {MaxStateLength} are allowed");
        }

        if (decoder.HasContent)
        {
            throw new MalformedUpdateException($"{decoder.Remaining} bytes follow the awareness update", decoder.Position);
        }

        return entries;
    }

    public static byte[] Write(IReadOnlyCollection<AwarenessEntry> entries) => AwarenessUpdate.Write(entries);
}
