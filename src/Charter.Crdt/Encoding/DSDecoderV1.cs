using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding;

/// <summary>Reads V1 delete sets: every clock and length as a plain var uint.</summary>
public class DSDecoderV1 : IDSDecoder
{
    public DSDecoderV1(Lib0Decoder decoder)
    {
        RestDecoder = decoder;
    }

    public Lib0Decoder RestDecoder { get; }

    public void ResetDsCurVal()
    {
        // V1 reads absolute clocks, so there is no running value to reset.
    }

    public long ReadDsClock() => RestDecoder.ReadVarUint();

    public long ReadDsLen() => RestDecoder.ReadVarUint();
}
