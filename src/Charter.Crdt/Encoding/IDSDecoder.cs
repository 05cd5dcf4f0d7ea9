using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding;

/// <summary>Reads delete sets (yjs's <c>DSDecoderV1</c>/<c>DSDecoderV2</c>).</summary>
public interface IDSDecoder
{
    /// <summary>The plain lib0 decoder for fields without a column of their own.</summary>
    Lib0Decoder RestDecoder { get; }

    void ResetDsCurVal();

    long ReadDsClock();

    long ReadDsLen();
}
