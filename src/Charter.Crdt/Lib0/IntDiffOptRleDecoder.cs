namespace Charter.Crdt.Lib0;

/// <summary>Reads <see cref="IntDiffOptRleEncoder"/> output.</summary>
public sealed class IntDiffOptRleDecoder
{
    private readonly Lib0Decoder _decoder;
    private long _value;
    private long _count;
    private long _diff;

    public IntDiffOptRleDecoder(ReadOnlyMemory<byte> bytes)
    {
        _decoder = new Lib0Decoder(bytes);
    }

    public long Read()
    {
        if (_count == 0)
        {
            var encoded = _decoder.ReadVarInt();
            _diff = encoded >> 1;
            _count = (encoded & 1) == 1 ? _decoder.ReadVarUint() + 2 : 1;
        }

        _value += _diff;
        _count--;
        return _value;
    }
}
