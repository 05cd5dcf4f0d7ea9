using Charter.Crdt.Lib0;

namespace Charter.Crdt.Protocols;

/// <summary>
/// y-protocols 1.0.7 sync messages: a var uint message type followed by a length-prefixed payload.
/// Works on encoded state vectors and updates only, so it needs no document.
/// </summary>
public static class SyncProtocol
{
    public static void WriteSyncStep1(Lib0Encoder encoder, ReadOnlySpan<byte> stateVector) =>
        Write(encoder, SyncMessageType.SyncStep1, stateVector);

    public static void WriteSyncStep2(Lib0Encoder encoder, ReadOnlySpan<byte> update) =>
        Write(encoder, SyncMessageType.SyncStep2, update);

    public static void WriteUpdate(Lib0Encoder encoder, ReadOnlySpan<byte> update) =>
        Write(encoder, SyncMessageType.Update, update);

    /// <summary>Reads one sync message; an unknown type or a truncated payload throws <see cref="MalformedUpdateException"/>.</summary>
    public static SyncMessage ReadSyncMessage(Lib0Decoder decoder)
    {
        ArgumentNullException.ThrowIfNull(decoder);
        var offset = decoder.Position;
        var type = decoder.ReadVarUint();
        if (type > (long)SyncMessageType.Update)
        {
            throw new MalformedUpdateException($"Unknown sync message type {type}", offset);
        }

        return new SyncMessage((SyncMessageType)type, decoder.ReadVarUint8Array());
    }

    private static void Write(Lib0Encoder encoder, SyncMessageType type, ReadOnlySpan<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        encoder.WriteVarUint((long)type);
        encoder.WriteVarUint8Array(payload);
    }
}
