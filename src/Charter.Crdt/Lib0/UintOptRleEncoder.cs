namespace Charter.Crdt.Lib0;

/// <summary>
/// lib0's <c>UintOptRleEncoder</c>: a value that occurs once is a positive var int; a run writes the
/// value negated (a run of zeros writes <c>-0</c>) followed by (run length - 2) as a var uint.
/// </summary>
public sealed class UintOptRleEncoder
{
    private readonly Lib0Encoder _encoder = new();
    private long _value;
    private long _count;

    public void Write(long value)
    {
        if (_value == value)
        {
            _count++;
            return;
        }

        Flush(_encoder);
        _count = 1;
        _value = value;
    }

    /// <summary>The encoded values including the pending run; the encoder stays usable.</summary>
    public byte[] ToArray()
    {
        var result = new Lib0Encoder(_encoder.Length + 16);
        result.WriteUint8Array(_encoder.WrittenSpan);
        Flush(result);
        return result.ToArray();
    }

    private void Flush(Lib0Encoder target)
    {
        if (_count == 0)
        {
            return;
        }

        if (_count == 1)
        {
            target.WriteVarInt(_value);
            return;
        }

        if (_value == 0)
        {
            target.WriteVarIntNegativeZero();
        }
        else
        {
            target.WriteVarInt(-_value);
        }

        target.WriteVarUint(_count - 2);
    }
}
