namespace Charter.Crdt.Lib0;

/// <summary>
/// lib0's <c>IntDiffOptRleEncoder</c>: stores differences between consecutive values; a run of equal
/// differences is (diff * 2 + 1) then (run length - 2), a lone difference is (diff * 2).
/// </summary>
public sealed class IntDiffOptRleEncoder
{
    private readonly Lib0Encoder _encoder = new();
    private long _value;
    private long _count;
    private long _diff;

    public void Write(long value)
    {
        if (_diff == value - _value)
        {
            _value = value;
            _count++;
            return;
        }

        Flush(_encoder);
        _count = 1;
        _diff = value - _value;
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

        target.WriteVarInt((_diff * 2) + (_count == 1 ? 0 : 1));
        if (_count > 1)
        {
            target.WriteVarUint(_count - 2);
        }
    }
}
