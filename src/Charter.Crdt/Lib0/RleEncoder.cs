namespace Charter.Crdt.Lib0;

/// <summary>
/// lib0's <c>RleEncoder</c> over uint8 values: each run is the value, then (run length - 1) as a var
/// uint once the run ends. The last run's length is never written: its reader repeats it forever.
/// </summary>
public sealed class RleEncoder
{
    private readonly Lib0Encoder _encoder = new();
    private byte _value;
    private long _count;

    public void Write(byte value)
    {
        if (_count > 0 && _value == value)
        {
            _count++;
            return;
        }

        if (_count > 0)
        {
            _encoder.WriteVarUint(_count - 1);
        }

        _count = 1;
        _encoder.WriteUint8(value);
        _value = value;
    }

    public byte[] ToArray() => _encoder.ToArray();
}
