using Charter.Crdt.Lib0;

namespace Charter.Crdt.Protocols;

/// <summary>
/// A whole y-websocket message: the outer type, then for sync a sync message, for awareness a
/// length-prefixed awareness update, for auth a permission-denied reason, for query-awareness nothing.
/// </summary>
public sealed record ProtocolMessage(ProtocolMessageType Type, SyncMessage? Sync, byte[]? AwarenessUpdate, string? DeniedReason)
{
    /// <summary>y-protocols/auth's only message: permission denied (sub-type 0) with a reason.</summary>
    private const int PermissionDenied = 0;

    public static byte[] EncodeSyncStep1(ReadOnlySpan<byte> stateVector)
    {
        var encoder = StartSync(stateVector.Length);
        SyncProtocol.WriteSyncStep1(encoder, stateVector);
        return encoder.ToArray();
    }

    public static byte[] EncodeSyncStep2(ReadOnlySpan<byte> update)
    {
        var encoder = StartSync(update.Length);
        SyncProtocol.WriteSyncStep2(encoder, update);
        return encoder.ToArray();
    }

    public static byte[] EncodeUpdate(ReadOnlySpan<byte> update)
    {
        var encoder = StartSync(update.Length);
        SyncProtocol.WriteUpdate(encoder, update);
        return encoder.ToArray();
    }

    public static byte[] EncodeAwareness(ReadOnlySpan<byte> awarenessUpdate)
    {
        var encoder = new Lib0Encoder(awarenessUpdate.Length + 8);
        encoder.WriteVarUint((long)ProtocolMessageType.Awareness);
        encoder.WriteVarUint8Array(awarenessUpdate);
        return encoder.ToArray();
    }

    public static byte[] EncodeQueryAwareness() => [(byte)ProtocolMessageType.QueryAwareness];

    public static byte[] EncodePermissionDenied(string reason)
    {
        var encoder = new Lib0Encoder();
        encoder.WriteVarUint((long)ProtocolMessageType.Auth);
        encoder.WriteVarUint(PermissionDenied);
        encoder.WriteVarString(reason);
        return encoder.ToArray();
    }

    /// <summary>Decodes a whole message; anything malformed, unknown or trailing throws <see cref="MalformedUpdateException"/>.</summary>
    public static ProtocolMessage Decode(byte[] message)
    {
        var decoder = new Lib0Decoder(message);
        var type = decoder.ReadVarUint();
        var result = type switch
        {
            (long)ProtocolMessageType.Sync => new ProtocolMessage(ProtocolMessageType.Sync, SyncProtocol.ReadSyncMessage(decoder), null, null),
            (long)ProtocolMessageType.Awareness => new ProtocolMessage(ProtocolMessageType.Awareness, null, decoder.ReadVarUint8Array(), null),
            (long)ProtocolMessageType.Auth => ReadAuth(decoder),
            (long)ProtocolMessageType.QueryAwareness => new ProtocolMessage(ProtocolMessageType.QueryAwareness, null, null, null),
            _ => throw new MalformedUpdateException($"Unknown message type {type}", 0),
        };
        if (decoder.HasContent)
        {
            throw new MalformedUpdateException($"{decoder.Remaining} unexpected bytes after a {result.Type} message", decoder.Position);
        }

        return result;
    }

    private static ProtocolMessage ReadAuth(Lib0Decoder decoder)
    {
        var offset = decoder.Position;
        var authType = decoder.ReadVarUint();
        return authType == PermissionDenied
            ? new ProtocolMessage(ProtocolMessageType.Auth, null, null, decoder.ReadVarString())
            : throw new MalformedUpdateException($"Unknown auth message type {authType}", offset);
    }

    private static Lib0Encoder StartSync(int payloadLength)
    {
        var encoder = new Lib0Encoder(payloadLength + 12);
        encoder.WriteVarUint((long)ProtocolMessageType.Sync);
        return encoder;
    }
}
