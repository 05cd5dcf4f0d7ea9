namespace Charter.Crdt.Lib0;

/// <summary>Reads <see cref="RleEncoder"/> output; after the last byte the final value repeats forever.</summary>
public sealed class RleDecoder
{
    private readonly Lib0Decoder _decoder;
    private byte _value;
    private long _count;

    public RleDecoder(ReadOnlyMemory<byte> bytes)
    {
        _decoder = new Lib0Decoder(bytes);
    }

    public byte Read()
    {
        if (_count == 0)
        {
            _value = _decoder.ReadUint8();
            // Without a count the run never ends, as lib0 reads it.
            _count = _decoder.HasContent ? _decoder.ReadVarUint() + 1 : -1;
        }

        _count--;
        return _value;
    }
}
