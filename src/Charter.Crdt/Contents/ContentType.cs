using Charter.Crdt.Encoding;
using Charter.Crdt.Structs;
using Charter.Crdt.Types;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Contents;

/// <summary>A nested shared type (a text, array, map or XML node inside another type).</summary>
public sealed class ContentType : AbstractContent
{
    internal const int RefNumber = 7;

    public ContentType(AbstractType type) => Type = type;

    public AbstractType Type { get; }

    public override int Length => 1;

    public override bool IsCountable => true;

    public override int Ref => RefNumber;

    public override IReadOnlyList<object?> GetContent() => [Type];

    public override AbstractContent Copy() => new ContentType(Type.CopyEmpty());

    public override AbstractContent Splice(int offset) => throw new InvalidOperationException("Type content has length 1 and cannot be split.");

    public override bool MergeWith(AbstractContent right) => false;

    internal override void Integrate(Transaction transaction, Item item) => Type.Integrate(transaction.Doc, item);

    internal override void Delete(Transaction transaction)
    {
        for (var item = Type.Start; item is not null; item = item.Right)
        {
            if (!item.Deleted)
            {
                item.Delete(transaction);
            }
            else if (item.Id.Clock < transaction.BeforeStateOf(item.Id.Client))
            {
                // Not in this transaction's delete set, yet it may merge once its children are collected.
                transaction.MergeStructs.Add(item);
            }
        }

        foreach (var item in Type.Map.Values)
        {
            if (!item.Deleted)
            {
                item.Delete(transaction);
            }
            else if (item.Id.Clock < transaction.BeforeStateOf(item.Id.Client))
            {
                transaction.MergeStructs.Add(item);
            }
        }

        transaction.Changed.Remove(Type);
    }

    internal override void Gc(StructStore store)
    {
        for (var item = Type.Start; item is not null; item = item.Right)
        {
            item.Gc(store, true);
        }

        Type.Start = null;
        foreach (var value in Type.Map.Values)
        {
            for (Item? item = value; item is not null; item = item.Left)
            {
                item.Gc(store, true);
            }
        }

        Type.Map.Clear();
    }

    internal override void Write(IUpdateEncoder encoder, int offset) => Type.Write(encoder);

    internal static ContentType Read(IUpdateDecoder decoder) => new(TypeRefs.Read(decoder));
}
