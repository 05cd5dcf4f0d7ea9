using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding;

/// <summary>V1 delete sets: every clock and length as a plain var uint.</summary>
public class DSEncoderV1 : IDSEncoder
{
    public Lib0Encoder RestEncoder { get; } = new();

    public byte[] ToArray() => RestEncoder.ToArray();

    public void ResetDsCurVal()
    {
        // V1 writes absolute clocks, so there is no running value to reset.
    }

    public void WriteDsClock(long clock) => RestEncoder.WriteVarUint(clock);

    public void WriteDsLen(long length) => RestEncoder.WriteVarUint(length);
}
