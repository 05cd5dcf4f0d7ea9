namespace Charter.Crdt.Lib0;

/// <summary>Reads <see cref="UintOptRleEncoder"/> output.</summary>
public sealed class UintOptRleDecoder
{
    private readonly Lib0Decoder _decoder;
    private long _value;
    private long _count;

    public UintOptRleDecoder(ReadOnlyMemory<byte> bytes)
        : this(new Lib0Decoder(bytes))
    {
    }

    internal UintOptRleDecoder(Lib0Decoder decoder)
    {
        _decoder = decoder;
    }

    internal Lib0Decoder Decoder => _decoder;

    public long Read()
    {
        if (_count == 0)
        {
            var value = _decoder.ReadVarInt(out var isRun);
            _count = 1;
            if (isRun)
            {
                value = -value;
                _count = _decoder.ReadVarUint() + 2;
            }

            _value = value;
        }

        _count--;
        return _value;
    }
}
