using Charter.Crdt;
using Charter.Crdt.Lib0;

namespace Charter.Web.Collaboration.Wire;

/// <summary>
/// One y-protocols sync frame, exactly as <c>writeSyncStep1/writeSyncStep2/writeUpdate</c> write
/// it: varUint message type, then varUint8Array payload (a state vector for step 1, a V1 update
/// otherwise). The hub's <c>byte[]</c> payloads are these frames with no outer message type.
/// </summary>
public sealed record SyncFrame(SyncMessageType Type, byte[] Payload)
{
    /// <exception cref="MalformedUpdateException">The bytes are not exactly one sync frame.</exception>
    public static SyncFrame Read(byte[] frame)
    {
        var decoder = new Lib0Decoder(frame);
        var type = decoder.ReadVarUint();
        if (type is < (long)SyncMessageType.Step1 or > (long)SyncMessageType.Update)
        {
            throw new MalformedUpdateException($"unknown sync message type {type}; expected 0 (step 1), 1 (step 2) or 2 (update)", 0);
        }

        var payload = decoder.ReadVarUint8Array();
        if (decoder.HasContent)
        {
            throw new MalformedUpdateException($"{decoder.Remaining} bytes follow the sync frame's payload", decoder.Position);
        }

        return new SyncFrame((SyncMessageType)type, payload);
    }

    public static byte[] WriteStep1(byte[] stateVector) => Write(SyncMessageType.Step1, stateVector);

    public static byte[] WriteStep2(byte[] update) => Write(SyncMessageType.Step2, update);

    public static byte[] WriteUpdate(byte[] update) => Write(SyncMessageType.Update, update);

    public static byte[] Write(SyncMessageType type, ReadOnlySpan<byte> payload)
    {
        var encoder = new Lib0Encoder(payload.Length + 8);
        encoder.WriteVarUint((long)type);
        encoder.WriteVarUint8Array(payload);
        return encoder.ToArray();
    }
}
