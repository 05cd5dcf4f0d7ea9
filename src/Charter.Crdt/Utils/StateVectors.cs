using Charter.Crdt.Lib0;

namespace Charter.Crdt.Utils;

/// <summary>Reading state vectors: client → next expected clock.</summary>
internal static class StateVectors
{
    public static Dictionary<long, long> Read(Lib0Decoder decoder)
    {
        var sv = new Dictionary<long, long>();
        var count = Wire.ReadCount(decoder, "state vector entries");
        for (var i = 0; i < count; i++)
        {
            var client = decoder.ReadVarUint();
            var clock = decoder.ReadVarUint();
            sv[client] = clock;
        }

        return sv;
    }

    public static Dictionary<long, long> Decode(byte[] bytes)
    {
        try
        {
            return Read(new Lib0Decoder(bytes));
        }
        catch (Exception e) when (e is not MalformedUpdateException and (ArgumentException or InvalidOperationException or OverflowException or IndexOutOfRangeException))
        {
            throw new MalformedUpdateException($"The state vector could not be decoded: {e.Message}", e);
        }
    }
}
