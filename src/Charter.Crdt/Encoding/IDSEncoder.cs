using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding;

/// <summary>Writes delete sets (yjs's <c>DSEncoderV1</c>/<c>DSEncoderV2</c>).</summary>
public interface IDSEncoder
{
    /// <summary>The plain lib0 encoder for fields without a column of their own.</summary>
    Lib0Encoder RestEncoder { get; }

    byte[] ToArray();

    /// <summary>Starts a new client's run of delete ranges (V2 encodes clocks as differences within a run).</summary>
    void ResetDsCurVal();

    void WriteDsClock(long clock);

    void WriteDsLen(long length);
}
