namespace Charter.Crdt.Structs;

/// <summary>
/// A run of consecutive clocks from one client. Structs of one client tile its clock range without
/// gaps in the <see cref="Utils.StructStore"/>; that is what makes a state vector a complete summary.
/// </summary>
public abstract class AbstractStruct
{
    protected AbstractStruct(Id id, long length)
    {
        Id = id;
        Length = length;
    }

    public Id Id { get; internal set; }

    /// <summary>Number of clocks this struct covers (UTF-16 code units for text).</summary>
    public long Length { get; internal set; }

    public abstract bool Deleted { get; }

    internal abstract bool MergeWith(AbstractStruct right);
}
