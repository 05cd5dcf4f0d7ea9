using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding;

/// <summary>
/// yjs's V2 update format: each kind of field goes to its own column encoder (RLE or diff-RLE), and
/// <see cref="ToArray"/> concatenates a feature flag, the columns (each length-prefixed) and finally
/// the rest stream, in exactly yjs's order.
/// </summary>
public sealed class UpdateEncoderV2 : DSEncoderV2, IUpdateEncoder
{
    private readonly IntDiffOptRleEncoder _keyClockEncoder = new();
    private readonly UintOptRleEncoder _clientEncoder = new();
    private readonly IntDiffOptRleEncoder _leftClockEncoder = new();
    private readonly IntDiffOptRleEncoder _rightClockEncoder = new();
    private readonly RleEncoder _infoEncoder = new();
    private readonly StringEncoder _stringEncoder = new();
    private readonly RleEncoder _parentInfoEncoder = new();
    private readonly UintOptRleEncoder _typeRefEncoder = new();
    private readonly UintOptRleEncoder _lenEncoder = new();
    private long _keyClock;

    public override byte[] ToArray()
    {
        var encoder = new Lib0Encoder(RestEncoder.Length + 64);
        encoder.WriteVarUint(0); // feature flag, reserved by yjs
        encoder.WriteVarUint8Array(_keyClockEncoder.ToArray());
        encoder.WriteVarUint8Array(_clientEncoder.ToArray());
        encoder.WriteVarUint8Array(_leftClockEncoder.ToArray());
        encoder.WriteVarUint8Array(_rightClockEncoder.ToArray());
        encoder.WriteVarUint8Array(_infoEncoder.ToArray());
        encoder.WriteVarUint8Array(_stringEncoder.ToArray());
        encoder.WriteVarUint8Array(_parentInfoEncoder.ToArray());
        encoder.WriteVarUint8Array(_typeRefEncoder.ToArray());
        encoder.WriteVarUint8Array(_lenEncoder.ToArray());
        encoder.WriteUint8Array(RestEncoder.WrittenSpan);
        return encoder.ToArray();
    }

    public void WriteLeftId(Id id)
    {
        _clientEncoder.Write(id.Client);
        _leftClockEncoder.Write(id.Clock);
    }

    public void WriteRightId(Id id)
    {
        _clientEncoder.Write(id.Client);
        _rightClockEncoder.Write(id.Clock);
    }

    public void WriteClient(long client) => _clientEncoder.Write(client);

    public void WriteInfo(byte info) => _infoEncoder.Write(info);

    public void WriteString(string value) => _stringEncoder.Write(value);

    public void WriteParentInfo(bool isYKey) => _parentInfoEncoder.Write(isYKey ? (byte)1 : (byte)0);

    public void WriteTypeRef(int typeRef) => _typeRefEncoder.Write(typeRef);

    public void WriteLen(long length) => _lenEncoder.Write(length);

    public void WriteAny(object? value) => RestEncoder.WriteAny(value);

    public void WriteBuf(ReadOnlySpan<byte> bytes) => RestEncoder.WriteVarUint8Array(bytes);

    public void WriteJson(object? value) => RestEncoder.WriteAny(value);

    /// <summary>
    /// yjs 13.6 has its key cache disabled (the map update is commented out), so every key is written
    /// as new: the next key clock, and the key into the string column. We match that byte for byte.
    /// </summary>
    public void WriteKey(string key)
    {
        _keyClockEncoder.Write(_keyClock++);
        _stringEncoder.Write(key);
    }
}
