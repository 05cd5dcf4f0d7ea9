using Charter.Crdt.Encoding;
using Charter.Crdt.Structs;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Contents;

/// <summary>Content that was deleted and collected: only its length is left.</summary>
public sealed class ContentDeleted : AbstractContent
{
    internal const int RefNumber = 1;

    private long _length;

    public ContentDeleted(long length) => _length = length;

    public override int Length => (int)_length;

    public override bool IsCountable => false;

    public override int Ref => RefNumber;

    public override IReadOnlyList<object?> GetContent() => [];

    public override AbstractContent Copy() => new ContentDeleted(_length);

    public override AbstractContent Splice(int offset)
    {
        var right = new ContentDeleted(_length - offset);
        _length = offset;
        return right;
    }

    public override bool MergeWith(AbstractContent right)
    {
        _length += ((ContentDeleted)right)._length;
        return true;
    }

    internal override void Integrate(Transaction transaction, Item item)
    {
        transaction.DeleteSet.Add(item.Id.Client, item.Id.Clock, _length);
        item.MarkDeleted();
    }

    internal override void Write(IUpdateEncoder encoder, int offset) => encoder.WriteLen(_length - offset);

    internal static ContentDeleted Read(IUpdateDecoder decoder) => new(ReadCount(decoder, "Deleted content"));
}
