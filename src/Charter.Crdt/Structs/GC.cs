using Charter.Crdt.Utils;

namespace Charter.Crdt.Structs;

/// <summary>
/// A garbage-collected range: the clocks stay reserved so the state vector remains dense, but the
/// content and its position in any type are gone.
/// </summary>
public sealed class GC : AbstractStruct
{
    /// <summary>Struct ref number 0 in the info byte.</summary>
    internal const byte StructRef = 0;

    public GC(Id id, long length)
        : base(id, length)
    {
    }

    public override bool Deleted => true;

    internal override bool MergeWith(AbstractStruct right)
    {
        if (right is not GC)
        {
            return false;
        }

        Length += right.Length;
        return true;
    }

    internal void Integrate(Transaction transaction, long offset)
    {
        if (offset > 0)
        {
            Id = new Id(Id.Client, Id.Clock + offset);
            Length -= offset;
        }

        transaction.Doc.Store.AddStruct(this);
    }
}
