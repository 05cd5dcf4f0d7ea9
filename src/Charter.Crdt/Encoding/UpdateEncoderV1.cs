using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding;

/// <summary>yjs's V1 update format: every field written in order into one lib0 stream.</summary>
public sealed class UpdateEncoderV1 : DSEncoderV1, IUpdateEncoder
{
    public void WriteLeftId(Id id)
    {
        RestEncoder.WriteVarUint(id.Client);
        RestEncoder.WriteVarUint(id.Clock);
    }

    public void WriteRightId(Id id)
    {
        RestEncoder.WriteVarUint(id.Client);
        RestEncoder.WriteVarUint(id.Clock);
    }

    public void WriteClient(long client) => RestEncoder.WriteVarUint(client);

    public void WriteInfo(byte info) => RestEncoder.WriteUint8(info);

    public void WriteString(string value) => RestEncoder.WriteVarString(value);

    public void WriteParentInfo(bool isYKey) => RestEncoder.WriteVarUint(isYKey ? 1 : 0);

    public void WriteTypeRef(int typeRef) => RestEncoder.WriteVarUint(typeRef);

    public void WriteLen(long length) => RestEncoder.WriteVarUint(length);

    public void WriteAny(object? value) => RestEncoder.WriteAny(value);

    public void WriteBuf(ReadOnlySpan<byte> bytes) => RestEncoder.WriteVarUint8Array(bytes);

    public void WriteJson(object? value) => RestEncoder.WriteVarString(JsJson.Stringify(value));

    public void WriteKey(string key) => RestEncoder.WriteVarString(key);
}
