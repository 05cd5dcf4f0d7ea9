using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding;

/// <summary>
/// V2 delete sets: within one client's ranges each clock is written relative to the end of the
/// previous range, and each length minus one (a range is never empty).
/// </summary>
public class DSEncoderV2 : IDSEncoder
{
    private long _dsCurrVal;

    public Lib0Encoder RestEncoder { get; } = new();

    public virtual byte[] ToArray() => RestEncoder.ToArray();

    public void ResetDsCurVal() => _dsCurrVal = 0;

    public void WriteDsClock(long clock)
    {
        var diff = clock - _dsCurrVal;
        _dsCurrVal = clock;
        RestEncoder.WriteVarUint(diff);
    }

    public void WriteDsLen(long length)
    {
        if (length <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "A delete range is never empty.");
        }

        RestEncoder.WriteVarUint(length - 1);
        _dsCurrVal += length;
    }
}
