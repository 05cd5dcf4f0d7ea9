using Charter.Crdt.Utils;

namespace Charter.Crdt.Encoding;

/// <summary>What a struct's info byte says it is.</summary>
internal enum StructKind
{
    Gc,
    Skip,
    Item,
}

/// <summary>
/// The rules every reader of the update format applies to a struct's header, so the document's
/// reader and the update-level reader (merge, diff, conversion) accept exactly the same bytes. An
/// update one of them accepted and the other refused could be stored and then break a later merge.
/// </summary>
/// <remarks>
/// yjs writes a GC struct as info 0 and a Skip as info 10, with no flag bits (GC.js, Skip.js,
/// structGCRefNumber and structSkipRefNumber); only items carry the origin, right-origin and
/// parent-sub bits. So refusing a GC or Skip header with any flag bit refuses nothing real yjs emits.
/// </remarks>
internal static class StructInfo
{
    public const byte GcRef = 0;
    public const byte SkipRef = 10;
    private const byte ContentRefBits = 0b0001_1111;

    /// <summary>
    /// Upper bound on structs per byte of update. V1 spends at least two bytes per struct; V2's
    /// run-length columns can describe many structs in few bytes, but yjs's own V2 updates stay well
    /// below one struct per byte. The bound keeps a run-length bomb from allocating or looping without limit.
    /// </summary>
    private const int MaxStructsPerByte = 16;

    /// <summary>The most structs an update of <paramref name="updateLength"/> bytes may claim.</summary>
    public static long MaxStructs(int updateLength) => (long)updateLength * MaxStructsPerByte + 64;

    /// <summary>Adds a client's claimed struct count to the running total and checks it against <see cref="MaxStructs"/>.</summary>
    public static long CountStructs(long totalSoFar, long claimed, long maxStructs)
    {
        var total = totalSoFar + claimed;
        if (claimed < 0 || total > maxStructs)
        {
            throw new MalformedUpdateException($"The update claims {total} structs, more than its size allows.");
        }

        return total;
    }

    /// <exception cref="MalformedUpdateException">A GC or Skip header with flag bits.</exception>
    public static StructKind Classify(byte info, long client, long clock)
    {
        var kind = (info & ContentRefBits) switch
        {
            GcRef => StructKind.Gc,
            SkipRef => StructKind.Skip,
            _ => StructKind.Item,
        };
        if (kind != StructKind.Item && (info & ~ContentRefBits) != 0)
        {
            throw new MalformedUpdateException(
                $"Struct ({client}, {clock}) has info byte 0x{info:X2}: a {(kind == StructKind.Gc ? "GC" : "Skip")} struct carries no flag bits.");
        }

        return kind;
    }

    /// <summary>A client id must be a JavaScript-safe integer, as yjs's clients are.</summary>
    public static void CheckClient(long client)
    {
        if (client < 0 || client > Wire.MaxClock)
        {
            throw new MalformedUpdateException($"Client id {client} is out of range.");
        }
    }

    /// <summary>A struct is at least one clock long and ends at a safe integer.</summary>
    public static void CheckLength(long client, long clock, long length)
    {
        if (length <= 0 || length > Wire.MaxClock - clock)
        {
            throw new MalformedUpdateException($"Struct ({client}, {clock}) has an invalid length {length}.");
        }
    }

    /// <summary>A struct can only refer to its own client's earlier clocks; anything else is a forged dependency.</summary>
    public static Id CheckReference(Id reference, Id self, string what)
    {
        if (reference.Client < 0 || reference.Client > Wire.MaxClock || reference.Clock < 0 || reference.Clock > Wire.MaxClock)
        {
            throw new MalformedUpdateException($"The {what} {reference} of struct {self} is out of range.");
        }

        if (reference.Client == self.Client && reference.Clock >= self.Clock)
        {
            throw new MalformedUpdateException($"Struct {self} refers to its own client's later clock as {what} ({reference}).");
        }

        return reference;
    }
}
