using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding;

/// <summary>
/// Reads yjs's V2 update format: the constructor splits off the column decoders, and the remaining
/// bytes are the rest stream (struct counts, contents, the delete set).
/// </summary>
public sealed class UpdateDecoderV2 : DSDecoderV2, IUpdateDecoder
{
    /// <summary>
    /// RLE columns can describe many structs in a few bytes (and the info column's last run never
    /// ends), so the number of structs read is capped: generous for real updates, linear in the input.
    /// </summary>
    private readonly long _maxStructs;

    private readonly List<string> _keys = [];
    private readonly IntDiffOptRleDecoder _keyClockDecoder;
    private readonly UintOptRleDecoder _clientDecoder;
    private readonly IntDiffOptRleDecoder _leftClockDecoder;
    private readonly IntDiffOptRleDecoder _rightClockDecoder;
    private readonly RleDecoder _infoDecoder;
    private readonly StringDecoder _stringDecoder;
    private readonly RleDecoder _parentInfoDecoder;
    private readonly UintOptRleDecoder _typeRefDecoder;
    private readonly UintOptRleDecoder _lenDecoder;
    private long _structsRead;

    public UpdateDecoderV2(Lib0Decoder decoder)
        : base(decoder)
    {
        _maxStructs = (1L << 20) + (1024L * decoder.Remaining);
        decoder.ReadVarUint(); // feature flag, unused by yjs
        _keyClockDecoder = new IntDiffOptRleDecoder(decoder.ReadVarUint8ArrayMemory());
        _clientDecoder = new UintOptRleDecoder(decoder.ReadVarUint8ArrayMemory());
        _leftClockDecoder = new IntDiffOptRleDecoder(decoder.ReadVarUint8ArrayMemory());
        _rightClockDecoder = new IntDiffOptRleDecoder(decoder.ReadVarUint8ArrayMemory());
        _infoDecoder = new RleDecoder(decoder.ReadVarUint8ArrayMemory());
        _stringDecoder = new StringDecoder(decoder.ReadVarUint8ArrayMemory());
        _parentInfoDecoder = new RleDecoder(decoder.ReadVarUint8ArrayMemory());
        _typeRefDecoder = new UintOptRleDecoder(decoder.ReadVarUint8ArrayMemory());
        _lenDecoder = new UintOptRleDecoder(decoder.ReadVarUint8ArrayMemory());
    }

    public Id ReadLeftId() => new(CheckedUint(_clientDecoder.Read()), CheckedUint(_leftClockDecoder.Read()));

    public Id ReadRightId() => new(CheckedUint(_clientDecoder.Read()), CheckedUint(_rightClockDecoder.Read()));

    public long ReadClient() => CheckedUint(_clientDecoder.Read());

    /// <summary>Every struct starts with its info byte, so this is where the struct budget is enforced.</summary>
    public byte ReadInfo()
    {
        if (++_structsRead > _maxStructs)
        {
            throw new MalformedUpdateException($"Update describes more than {_maxStructs} structs", RestDecoder.Position);
        }

        return _infoDecoder.Read();
    }

    public string ReadString() => _stringDecoder.Read();

    public bool ReadParentInfo() => _parentInfoDecoder.Read() == 1;

    public int ReadTypeRef()
    {
        var typeRef = _typeRefDecoder.Read();
        return typeRef is >= 0 and <= int.MaxValue
            ? (int)typeRef
            : throw new MalformedUpdateException($"Type ref {typeRef} is out of range", RestDecoder.Position);
    }

    public long ReadLen() => CheckedUint(_lenDecoder.Read());

    public object? ReadAny() => RestDecoder.ReadAny();

    public byte[] ReadBuf() => RestDecoder.ReadVarUint8Array();

    public object? ReadJson() => RestDecoder.ReadAny();

    public string ReadKey()
    {
        var keyClock = _keyClockDecoder.Read();
        if (keyClock >= 0 && keyClock < _keys.Count)
        {
            return _keys[(int)keyClock];
        }

        var key = _stringDecoder.Read();
        _keys.Add(key);
        return key;
    }

    /// <summary>Clients, clocks and lengths are unsigned; a negative or unsafe value means corrupt columns.</summary>
    private long CheckedUint(long value) =>
        value is >= 0 and <= Lib0Decoder.MaxSafeInteger
            ? value
            : throw new MalformedUpdateException($"Column value {value} is not a valid unsigned integer", RestDecoder.Position);
}
