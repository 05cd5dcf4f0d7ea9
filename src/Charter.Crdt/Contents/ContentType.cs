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

    /// <summary>
    /// Deleting a type deletes everything in it. Nested types are queued on the transaction rather
    /// than recursed into, so a hostile update with thousands of nested types cannot overflow the stack.
    /// </summary>
    internal override void Delete(Transaction transaction) => transaction.DeleteTypeContent(Type);

    /// <summary>Deletes the children of <paramref name="type"/>; their nested types are queued by <see cref="Item.Delete"/>.</summary>
    internal static void DeleteChildren(Transaction transaction, AbstractType type)
    {
        for (var item = type.Start; item is not null; item = item.Right)
        {
            DeleteChild(transaction, item);
        }

        foreach (var item in type.Map.Values)
        {
            DeleteChild(transaction, item);
        }

        transaction.Changed.Remove(type);
    }

    /// <summary>Collects a deleted type's whole subtree into GC structs, iteratively for the same reason as Delete.</summary>
    internal override void Gc(StructStore store)
    {
        var types = new Stack<AbstractType>();
        types.Push(Type);
        while (types.TryPop(out var type))
        {
            for (var item = type.Start; item is not null; item = item.Right)
            {
                CollectChild(store, item, types);
            }

            type.Start = null;
            foreach (var value in type.Map.Values)
            {
                for (Item? item = value; item is not null; item = item.Left)
                {
                    CollectChild(store, item, types);
                }
            }

            type.Map.Clear();
        }
    }

    private static void DeleteChild(Transaction transaction, Item item)
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

    private static void CollectChild(StructStore store, Item item, Stack<AbstractType> types)
    {
        if (item.Content is ContentType nested)
        {
            types.Push(nested.Type);
        }
        else
        {
            item.Content.Gc(store);
        }

        item.ReplaceWithGc(store);
    }

    internal override void Write(IUpdateEncoder encoder, int offset) => Type.Write(encoder);

    internal static ContentType Read(IUpdateDecoder decoder) => new(TypeRefs.Read(decoder));
}
