using Charter.Crdt.Lib0;

namespace Charter.Crdt.Utils;

/// <summary>Range rules shared by every reader: clients and clocks are JavaScript-safe integers.</summary>
internal static class Wire
{
    /// <summary>2^53 - 1, the largest integer yjs can represent exactly.</summary>
    public const long MaxClock = (1L << 53) - 1;

    /// <summary>Reads a count and checks that each counted element could still fit in the bytes left.</summary>
    public static int ReadCount(Lib0Decoder decoder, string what)
    {
        var count = decoder.ReadVarUint();
        if (count > decoder.Remaining)
        {
            throw new MalformedUpdateException($"The count of {what} ({count}) exceeds the bytes that remain.");
        }

        return (int)count;
    }
}
