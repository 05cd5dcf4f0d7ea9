namespace Charter.Crdt.Structs;

/// <summary>
/// A hole in an update: clocks the update does not carry. Only update-level operations produce it;
/// it is never integrated into a document.
/// </summary>
public sealed class Skip : AbstractStruct
{
    /// <summary>Struct ref number 10 in the info byte.</summary>
    internal const byte StructRef = 10;

    public Skip(Id id, long length)
        : base(id, length)
    {
    }

    public override bool Deleted => true;

    internal override bool MergeWith(AbstractStruct right)
    {
        if (right is not Skip)
        {
            return false;
        }

        Length += right.Length;
        return true;
    }
}
