using System.Runtime.CompilerServices;
using Charter.Crdt.Contents;
using Charter.Crdt.Types;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Structs;

/// <summary>
/// One run of content inserted by one client, placed in a doubly linked list that belongs to a type
/// (or to one key of a type's map). The list order is decided by YATA: an item remembers the ids it
/// was inserted between (<see cref="Origin"/>, <see cref="RightOrigin"/>), and every peer that
/// integrates the same items orders them identically, whatever the delivery order.
/// </summary>
public sealed class Item : AbstractStruct
{
    private const byte KeepBit = 1;
    private const byte CountableBit = 2;
    private const byte DeletedBit = 4;
    private const byte MarkerBit = 8;

    private byte _info;

    public Item(Id id, Item? left, Id? origin, Item? right, Id? rightOrigin, AbstractType? parent, string? parentSub, AbstractContent content)
        : base(id, content.Length)
    {
        Origin = origin;
        Left = left;
        Right = right;
        RightOrigin = rightOrigin;
        Parent = parent;
        ParentSub = parentSub;
        Content = content;
        _info = content.IsCountable ? CountableBit : (byte)0;
    }

    /// <summary>The id of the item this one was inserted right after (its left neighbour at creation).</summary>
    public Id? Origin { get; internal set; }

    /// <summary>The item currently to the left of this one.</summary>
    public Item? Left { get; internal set; }

    /// <summary>The item currently to the right of this one.</summary>
    public Item? Right { get; internal set; }

    /// <summary>The id of the item this one was inserted right before (its right neighbour at creation).</summary>
    public Id? RightOrigin { get; internal set; }

    /// <summary>The type whose list or map holds this item; null for a decoded item not yet integrated.</summary>
    public AbstractType? Parent { get; internal set; }

    /// <summary>Before integration: the parent's item id, when the update named it by id.</summary>
    internal Id? ParentId { get; set; }

    /// <summary>Before integration: the root type's name, when the update named the parent by key.</summary>
    internal string? ParentYKey { get; set; }

    /// <summary>The map key this item is a value of, or null when the item is part of the parent's list.</summary>
    public string? ParentSub { get; internal set; }

    public AbstractContent Content { get; internal set; }

    public bool Keep
    {
        get => (_info & KeepBit) != 0;
        internal set => _info = value ? (byte)(_info | KeepBit) : (byte)(_info & ~KeepBit);
    }

    public bool Countable => (_info & CountableBit) != 0;

    public override bool Deleted => (_info & DeletedBit) != 0;

    /// <summary>Whether a search marker of the parent points at this item.</summary>
    internal bool Marker
    {
        get => (_info & MarkerBit) != 0;
        set => _info = value ? (byte)(_info | MarkerBit) : (byte)(_info & ~MarkerBit);
    }

    /// <summary>The id of the last clock this item covers.</summary>
    public Id LastId => Length == 1 ? Id : new Id(Id.Client, Id.Clock + Length - 1);

    /// <summary>The next item to the right that is not deleted.</summary>
    public Item? Next
    {
        get
        {
            var n = Right;
            while (n is not null && n.Deleted)
            {
                n = n.Right;
            }

            return n;
        }
    }

    /// <summary>The next item to the left that is not deleted.</summary>
    public Item? Prev
    {
        get
        {
            var n = Left;
            while (n is not null && n.Deleted)
            {
                n = n.Left;
            }

            return n;
        }
    }

    internal void MarkDeleted() => _info |= DeletedBit;

    /// <summary>
    /// Splits this item at <paramref name="diff"/> and returns the right half, which takes over the
    /// clocks from <c>Id.Clock + diff</c>. The right half's origin is the left half's last id, so the
    /// split is invisible to YATA. The caller inserts the right half into the struct store.
    /// </summary>
    internal static Item Split(Transaction transaction, Item leftItem, long diff)
    {
        var client = leftItem.Id.Client;
        var clock = leftItem.Id.Clock;
        var rightItem = new Item(
            new Id(client, clock + diff),
            leftItem,
            new Id(client, clock + diff - 1),
            leftItem.Right,
            leftItem.RightOrigin,
            leftItem.Parent,
            leftItem.ParentSub,
            leftItem.Content.Splice((int)diff));
        if (leftItem.Deleted)
        {
            rightItem.MarkDeleted();
        }

        if (leftItem.Keep)
        {
            rightItem.Keep = true;
        }

        // The left half keeps its rightOrigin: changing it would make peers disagree.
        leftItem.Right = rightItem;
        if (rightItem.Right is not null)
        {
            rightItem.Right.Left = rightItem;
        }

        transaction.MergeStructs.Add(rightItem);
        if (rightItem.ParentSub is not null && rightItem.Right is null)
        {
            rightItem.Parent!.Map[rightItem.ParentSub] = rightItem;
        }

        leftItem.Length = diff;
        return rightItem;
    }

    /// <summary>
    /// Returns the client whose structs this item depends on but the store lacks, or null once every
    /// dependency is present; in that case it also resolves <see cref="Left"/>, <see cref="Right"/>
    /// and <see cref="Parent"/> (splitting neighbours so that the origins fall on item boundaries).
    /// </summary>
    internal long? GetMissing(Transaction transaction, StructStore store)
    {
        if (Origin is { } origin && origin.Client != Id.Client && origin.Clock >= store.GetState(origin.Client))
        {
            return origin.Client;
        }

        if (RightOrigin is { } rightOrigin && rightOrigin.Client != Id.Client && rightOrigin.Clock >= store.GetState(rightOrigin.Client))
        {
            return rightOrigin.Client;
        }

        if (ParentId is { } parentId && parentId.Client != Id.Client && parentId.Clock >= store.GetState(parentId.Client))
        {
            return parentId.Client;
        }

        AbstractStruct? leftStruct = null;
        AbstractStruct? rightStruct = null;
        if (Origin is { } o)
        {
            leftStruct = store.GetItemCleanEnd(transaction, o);
            Left = leftStruct as Item;
            Origin = leftStruct is Item li ? li.LastId : o;
        }

        if (RightOrigin is { } ro)
        {
            rightStruct = store.GetItemCleanStart(transaction, ro);
            Right = rightStruct as Item;
            RightOrigin = rightStruct.Id;
        }

        if (leftStruct is GC || rightStruct is GC)
        {
            Parent = null;
        }
        else if (ParentId is null && ParentYKey is null)
        {
            // The parent is only copied when this item will not be garbage collected.
            if (Left is not null)
            {
                Parent = Left.Parent;
                ParentSub = Left.ParentSub;
            }
            else if (Right is not null)
            {
                Parent = Right.Parent;
                ParentSub = Right.ParentSub;
            }
        }
        else if (ParentId is { } pid)
        {
            // A parent that was collected, or that is not a type at all, turns this item into a GC.
            Parent = store.Find(pid) is Item { Content: ContentType ct } ? ct.Type : null;
        }
        else
        {
            Parent = transaction.Doc.GetOrCreateRoot(ParentYKey!);
        }

        ParentId = null;
        ParentYKey = null;
        return null;
    }

    /// <summary>
    /// Places this item in its parent's list (or map key), resolving concurrent inserts at the same
    /// position, then records it in the store and the transaction.
    /// </summary>
    /// <remarks>
    /// The conflict case: several items were inserted between the same neighbours.
    /// <code>
    ///   origin                              right (this.RightOrigin)
    ///     |                                   |
    ///   [ L ] [ c1 ] [ c2 ] [ b ] ... [ cn ] [ R ]
    ///           ^ o walks right from L.Right until it reaches R
    /// </code>
    /// Items whose origin equals ours are true conflicts: the lower client id goes left, so we move
    /// past them. Items whose origin lies inside the run we already passed were inserted to the right
    /// of such an item and must stay with it, so we pass them too. Anything else ends the scan.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Integrate(Transaction transaction, long offset)
    {
        var store = transaction.Doc.Store;
        if (offset > 0)
        {
            Id = new Id(Id.Client, Id.Clock + offset);
            var leftStruct = store.GetItemCleanEnd(transaction, new Id(Id.Client, Id.Clock - 1));
            Content = Content.Splice((int)offset);
            Length -= offset;
            if (leftStruct is not Item leftItem)
            {
                new GC(Id, Length).Integrate(transaction, 0);
                return;
            }

            Left = leftItem;
            Origin = leftItem.LastId;
        }

        var parent = Parent;
        if (parent is null)
        {
            new GC(Id, Length).Integrate(transaction, 0);
            return;
        }

        if ((Left is null && (Right is null || Right.Left is not null)) || (Left is not null && Left.Right != Right))
        {
            ResolveConflicts(transaction, parent);
        }

        if (Left is not null)
        {
            Right = Left.Right;
            Left.Right = this;
        }
        else
        {
            Item? r;
            if (ParentSub is not null)
            {
                r = parent.Map.GetValueOrDefault(ParentSub);
                while (r is not null && r.Left is not null)
                {
                    r = r.Left;
                }
            }
            else
            {
                r = parent.Start;
                parent.Start = this;
            }

            Right = r;
        }

        if (Right is not null)
        {
            Right.Left = this;
        }
        else if (ParentSub is not null)
        {
            // The rightmost item of a key is the key's current value; the previous value is deleted.
            parent.Map[ParentSub] = this;
            Left?.Delete(transaction);
        }

        if (ParentSub is null && Countable && !Deleted)
        {
            parent.LengthInternal += (int)Length;
        }

        store.AddStruct(this);
        Content.Integrate(transaction, this);
        transaction.AddChangedType(parent, ParentSub);
        if ((parent.Item is not null && parent.Item.Deleted) || (ParentSub is not null && Right is not null))
        {
            // The parent is gone, or a concurrent value of this key won: this item is born deleted.
            Delete(transaction);
        }
    }

    private void ResolveConflicts(Transaction transaction, AbstractType parent)
    {
        var store = transaction.Doc.Store;
        var left = Left;
        Item? o;
        if (left is not null)
        {
            o = left.Right;
        }
        else if (ParentSub is not null)
        {
            o = parent.Map.GetValueOrDefault(ParentSub);
            while (o is not null && o.Left is not null)
            {
                o = o.Left;
            }
        }
        else
        {
            o = parent.Start;
        }

        // Invariant: conflictingItems ⊆ itemsBeforeOrigin; both hold items between left and o.
        var conflictingItems = transaction.Doc.ConflictingItems;
        var itemsBeforeOrigin = transaction.Doc.ItemsBeforeOrigin;
        conflictingItems.Clear();
        itemsBeforeOrigin.Clear();
        while (o is not null && o != Right)
        {
            itemsBeforeOrigin.Add(o);
            conflictingItems.Add(o);
            if (Origin == o.Origin)
            {
                if (o.Id.Client < Id.Client)
                {
                    left = o;
                    conflictingItems.Clear();
                }
                else if (RightOrigin == o.RightOrigin)
                {
                    // Same integration points: the id decides, and this item goes first.
                    break;
                }
            }
            else if (o.Origin is { } oOrigin && store.Find(oOrigin) is Item originItem && itemsBeforeOrigin.Contains(originItem))
            {
                if (!conflictingItems.Contains(originItem))
                {
                    left = o;
                    conflictingItems.Clear();
                }
            }
            else
            {
                break;
            }

            o = o.Right;
        }

        Left = left;
        conflictingItems.Clear();
        itemsBeforeOrigin.Clear();
    }

    /// <summary>Merges <paramref name="right"/> into this item when they are one uninterrupted insert.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal override bool MergeWith(AbstractStruct right)
    {
        if (right is not Item r
            || r.Origin is not { } rOrigin
            || rOrigin != LastId
            || Right != r
            || RightOrigin != r.RightOrigin
            || Id.Client != r.Id.Client
            || Id.Clock + Length != r.Id.Clock
            || Deleted != r.Deleted
            || Content.GetType() != r.Content.GetType()
            || !Content.MergeWith(r.Content))
        {
            return false;
        }

        var markers = Parent!.SearchMarker;
        if (markers is not null)
        {
            foreach (var marker in markers)
            {
                if (marker.P == r)
                {
                    // r is about to be forgotten: the marker moves to this item's start.
                    marker.P = this;
                    if (!Deleted && Countable)
                    {
                        marker.Index -= (int)Length;
                    }
                }
            }
        }

        if (r.Keep)
        {
            Keep = true;
        }

        Right = r.Right;
        if (Right is not null)
        {
            Right.Left = this;
        }

        Length += r.Length;
        return true;
    }

    /// <summary>Marks this item deleted; the content is removed later, when the transaction is cleaned up.</summary>
    internal void Delete(Transaction transaction)
    {
        if (Deleted)
        {
            return;
        }

        var parent = Parent!;
        if (Countable && ParentSub is null)
        {
            parent.LengthInternal -= (int)Length;
        }

        MarkDeleted();
        transaction.DeleteSet.Add(Id.Client, Id.Clock, Length);
        transaction.AddChangedType(parent, ParentSub);
        Content.Delete(transaction);
    }

    /// <summary>Drops the content of a deleted item; when its parent was collected too, the item becomes a GC.</summary>
    internal void Gc(StructStore store, bool parentGcd)
    {
        if (!Deleted)
        {
            throw new InvalidOperationException("Only deleted items can be garbage collected.");
        }

        Content.Gc(store);
        if (parentGcd)
        {
            ReplaceWithGc(store);
        }
        else
        {
            Content = new ContentDeleted(Length);
        }
    }

    /// <summary>Replaces this deleted item by a GC struct, once its parent has been collected too.</summary>
    internal void ReplaceWithGc(StructStore store)
    {
        if (!Deleted)
        {
            throw new InvalidOperationException("Only deleted items can be garbage collected.");
        }

        store.ReplaceStruct(this, new GC(Id, Length));
    }
}
