using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding;

/// <summary>Reads V2 delete sets (clocks relative to the previous range's end, lengths minus one).</summary>
public class DSDecoderV2 : IDSDecoder
{
    private long _dsCurrVal;

    public DSDecoderV2(Lib0Decoder decoder)
    {
        RestDecoder = decoder;
    }

    public Lib0Decoder RestDecoder { get; }

    public void ResetDsCurVal() => _dsCurrVal = 0;

    public long ReadDsClock()
    {
        _dsCurrVal = CheckedClock(_dsCurrVal + RestDecoder.ReadVarUint());
        return _dsCurrVal;
    }

    public long ReadDsLen()
    {
        var length = RestDecoder.ReadVarUint() + 1;
        _dsCurrVal = CheckedClock(_dsCurrVal + length);
        return length;
    }

    private long CheckedClock(long clock) =>
        clock <= Lib0Decoder.MaxSafeInteger
            ? clock
            : throw new MalformedUpdateException("Delete set clock exceeds 2^53 - 1", RestDecoder.Position);
}
