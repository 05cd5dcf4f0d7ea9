using Charter.Crdt;
using Charter.Crdt.Lib0;
using Charter.Crdt.Protocols;

namespace Charter.Web.Collaboration.Wire;

/// <summary>
/// The hub's <c>byte[]</c> sync payloads: exactly one y-protocols sync message each, with no outer
/// message type. The byte layout itself belongs to <see cref="SyncProtocol"/>; this adds only the
/// rule that a hub payload holds one whole message and nothing after it.
/// </summary>
public static class SyncFrame
{
    /// <exception cref="MalformedUpdateException">The bytes are not exactly one sync message.</exception>
    public static SyncMessage Read(byte[] frame)
    {
        var decoder = new Lib0Decoder(frame);
        var message = SyncProtocol.ReadSyncMessage(decoder);
        if (decoder.HasContent)
        {
            throw new MalformedUpdateException($"{decoder.Remaining} bytes follow the sync frame's payload", decoder.Position);
        }

        return message;
    }

    public static byte[] WriteStep1(byte[] stateVector) => Write(SyncProtocol.WriteSyncStep1, stateVector);

    public static byte[] WriteStep2(byte[] update) => Write(SyncProtocol.WriteSyncStep2, update);

    public static byte[] WriteUpdate(byte[] update) => Write(SyncProtocol.WriteUpdate, update);

    private static byte[] Write(Action<Lib0Encoder, ReadOnlySpan<byte>> write, byte[] payload)
    {
        var encoder = new Lib0Encoder(payload.Length + 8);
        write(encoder, payload);
        return encoder.ToArray();
    }
}
