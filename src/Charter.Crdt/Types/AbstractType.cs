using Charter.Crdt.Contents;
using Charter.Crdt.Encoding;
using Charter.Crdt.Structs;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Types;

/// <summary>
/// The base of every shared type. A type owns a list of items (<see cref="Start"/> → Right → …)
/// and a map from keys to the item holding each key's current value (older values hang off its
/// Left chain). YText, YArray and the XML types use the list; YMap and attributes use the map.
/// </summary>
public abstract class AbstractType
{
    private readonly List<Action<IReadOnlyList<YEvent>, Transaction>> _deepObservers = [];
    private long _markerClock;

    /// <summary>The item that holds this type inside its parent; null for a root type.</summary>
    public Item? Item { get; private set; }

    /// <summary>The document this type belongs to, once integrated.</summary>
    public Doc? Doc { get; private set; }

    /// <summary>The name under which a root type is registered in its document.</summary>
    public string? RootName { get; private set; }

    /// <summary>The parent type, or null for a root type.</summary>
    public AbstractType? Parent => Item?.Parent;

    internal Dictionary<string, Item> Map { get; private set; } = [];

    internal Item? Start { get; set; }

    /// <summary>Number of countable, undeleted positions in the list.</summary>
    internal int LengthInternal { get; set; }

    /// <summary>Position cache for list lookups; null when the type cannot use it (rich text with formats).</summary>
    internal List<ArraySearchMarker>? SearchMarker { get; set; }

    internal bool HasDeepObservers => _deepObservers.Count > 0;

    /// <summary>Whether this type or an ancestor has deep observers (otherwise events need not be built for them).</summary>
    internal bool HasDeepObserversUpTheChain
    {
        get
        {
            for (AbstractType? t = this; t is not null; t = t.Item?.Parent)
            {
                if (t.HasDeepObservers)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The first item of the list that is not deleted.</summary>
    internal Item? First
    {
        get
        {
            var n = Start;
            while (n is not null && n.Deleted)
            {
                n = n.Right;
            }

            return n;
        }
    }

    /// <summary>Observes events of this type and of every type nested in it.</summary>
    public void ObserveDeep(Action<IReadOnlyList<YEvent>, Transaction> handler) => _deepObservers.Add(handler);

    public void UnobserveDeep(Action<IReadOnlyList<YEvent>, Transaction> handler) => _deepObservers.Remove(handler);

    internal long NextMarkerTimestamp() => _markerClock++;

    internal virtual void Integrate(Doc doc, Item? item)
    {
        Doc = doc;
        Item = item;
    }

    internal void IntegrateRoot(Doc doc, string name)
    {
        RootName = name;
        Integrate(doc, null);
    }

    /// <summary>
    /// The content as plain values, like yjs's toJSON: texts and XML become strings, maps become
    /// dictionaries and arrays lists, with nested types converted recursively.
    /// </summary>
    public abstract object? ToJson();

    /// <summary>
    /// Converts one stored value for <see cref="ToJson"/>: nested types become their JSON. Nesting
    /// comes from peers, so a hostile depth raises InsufficientExecutionStackException instead of
    /// overflowing the stack.
    /// </summary>
    private protected static object? ValueToJson(object? value)
    {
        if (value is not AbstractType type)
        {
            return value;
        }

        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return type.ToJson();
    }

    /// <summary>A new, empty type of the same kind (yjs's _copy).</summary>
    internal abstract AbstractType CopyEmpty();

    /// <summary>Writes the type ref (and, for XML elements and hooks, their name).</summary>
    internal abstract void Write(IUpdateEncoder encoder);

    /// <summary>Creates this type's event for a transaction and notifies its observers.</summary>
    internal virtual void CallObserver(Transaction transaction, HashSet<string?> parentSubs)
    {
        if (!transaction.Local)
        {
            SearchMarker?.Clear();
        }
    }

    internal void CallDeepObservers(IReadOnlyList<YEvent> events, Transaction transaction)
    {
        foreach (var handler in _deepObservers.ToArray())
        {
            handler(events, transaction);
        }
    }

    /// <summary>Registers <paramref name="yEvent"/> with this type and all its ancestors for deep observers.</summary>
    internal static void RegisterForDeepObservers(AbstractType type, Transaction transaction, YEvent yEvent)
    {
        var current = type;
        while (true)
        {
            if (!transaction.ChangedParentTypes.TryGetValue(current, out var events))
            {
                events = [];
                transaction.ChangedParentTypes[current] = events;
            }

            events.Add(yEvent);
            if (current.Item is null)
            {
                break;
            }

            current = current.Item.Parent!;
        }
    }

    /// <summary>Moves list and map content from a placeholder root into the concrete type asked for.</summary>
    internal void MoveContentTo(AbstractType target)
    {
        target.Map = Map;
        foreach (var value in Map.Values)
        {
            for (Item? n = value; n is not null; n = n.Left)
            {
                n.Parent = target;
            }
        }

        target.Start = Start;
        for (var n = Start; n is not null; n = n.Right)
        {
            n.Parent = target;
        }

        target.LengthInternal = LengthInternal;
    }

    internal Doc RequireDoc() => Doc ?? throw new InvalidOperationException("Add this type to a document before using it.");

    internal List<object?> ListToArray()
    {
        var result = new List<object?>();
        for (var n = Start; n is not null; n = n.Right)
        {
            if (n.Countable && !n.Deleted)
            {
                result.AddRange(n.Content.GetContent());
            }
        }

        return result;
    }

    internal object? ListGet(int index)
    {
        if (index < 0 || index >= LengthInternal)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"Index {index} is outside 0..{LengthInternal - 1}.");
        }

        var marker = SearchMarkers.FindMarker(this, index);
        var n = Start;
        if (marker is not null)
        {
            n = marker.P;
            index -= marker.Index;
        }

        for (; n is not null; n = n.Right)
        {
            if (!n.Deleted && n.Countable)
            {
                if (index < n.Length)
                {
                    return n.Content.GetContent()[index];
                }

                index -= (int)n.Length;
            }
        }

        throw new InvalidOperationException("The list is shorter than its recorded length.");
    }

    internal void ListInsertGenerics(Transaction transaction, int index, IReadOnlyList<object?> values)
    {
        if (index < 0 || index > LengthInternal)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"Index {index} is outside 0..{LengthInternal}.");
        }

        var content = NormalizeAll(values);

        if (index == 0)
        {
            if (SearchMarker is not null)
            {
                SearchMarkers.UpdateMarkerChanges(SearchMarker, index, content.Length);
            }

            ListInsertGenericsAfter(transaction, null, content);
            return;
        }

        var startIndex = index;
        var marker = SearchMarkers.FindMarker(this, index);
        var n = Start;
        if (marker is not null)
        {
            n = marker.P;
            index -= marker.Index;
            if (index == 0)
            {
                // Step to the undeleted item on the left so that the loop below can end on it.
                n = n.Prev;
                index += n is not null && n.Countable && !n.Deleted ? (int)n.Length : 0;
            }
        }

        for (; n is not null; n = n.Right)
        {
            if (!n.Deleted && n.Countable)
            {
                if (index <= n.Length)
                {
                    if (index < n.Length)
                    {
                        transaction.Doc.Store.GetItemCleanStart(transaction, new Id(n.Id.Client, n.Id.Clock + index));
                    }

                    break;
                }

                index -= (int)n.Length;
            }
        }

        if (SearchMarker is not null)
        {
            SearchMarkers.UpdateMarkerChanges(SearchMarker, startIndex, content.Length);
        }

        ListInsertGenericsAfter(transaction, n, content);
    }

    internal void ListPushGenerics(Transaction transaction, IReadOnlyList<object?> values)
    {
        var content = NormalizeAll(values);
        var n = Start;
        var bestIndex = 0;
        if (SearchMarker is not null)
        {
            foreach (var m in SearchMarker)
            {
                if (m.Index > bestIndex)
                {
                    bestIndex = m.Index;
                    n = m.P;
                }
            }
        }

        if (n is not null)
        {
            while (n.Right is not null)
            {
                n = n.Right;
            }
        }

        ListInsertGenericsAfter(transaction, n, content);
    }

    /// <summary>Normalises and checks every plain value before anything is inserted, so a bad value changes nothing.</summary>
    private static object?[] NormalizeAll(IReadOnlyList<object?> values)
    {
        var result = new object?[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            result[i] = values[i] is byte[] or Crdt.Doc or AbstractType ? values[i] : AnyValues.Normalize(values[i]);
        }

        return result;
    }

    /// <summary>Inserts already normalised values after <paramref name="referenceItem"/>, packing runs of plain values into one item.</summary>
    internal void ListInsertGenericsAfter(Transaction transaction, Item? referenceItem, IReadOnlyList<object?> content)
    {
        var left = referenceItem;
        var right = referenceItem is null ? Start : referenceItem.Right;
        List<object?> jsonContent = [];

        void Integrate(AbstractContent c)
        {
            left = new Item(transaction.NextId(), left, left?.LastId, right, right?.Id, this, null, c);
            left.Integrate(transaction, 0);
        }

        void PackJsonContent()
        {
            if (jsonContent.Count > 0)
            {
                Integrate(new ContentAny(jsonContent));
                jsonContent = [];
            }
        }

        foreach (var value in content)
        {
            switch (value)
            {
                case byte[] bytes:
                    PackJsonContent();
                    Integrate(new ContentBinary(bytes));
                    break;
                case Doc subdoc:
                    PackJsonContent();
                    Integrate(new ContentDoc(subdoc));
                    break;
                case AbstractType type:
                    PackJsonContent();
                    Integrate(new ContentType(type));
                    break;
                default:
                    jsonContent.Add(value);
                    break;
            }
        }

        PackJsonContent();
    }

    internal void ListDelete(Transaction transaction, int index, int length)
    {
        if (length == 0)
        {
            return;
        }

        if (index < 0 || length < 0 || index + length > LengthInternal)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"Cannot delete {length} at {index} from a list of length {LengthInternal}.");
        }

        var startIndex = index;
        var startLength = length;
        var marker = SearchMarkers.FindMarker(this, index);
        var n = Start;
        if (marker is not null)
        {
            n = marker.P;
            index -= marker.Index;
        }

        var store = transaction.Doc.Store;
        for (; n is not null && index > 0; n = n.Right)
        {
            if (!n.Deleted && n.Countable)
            {
                if (index < n.Length)
                {
                    store.GetItemCleanStart(transaction, new Id(n.Id.Client, n.Id.Clock + index));
                }

                index -= (int)n.Length;
            }
        }

        while (length > 0 && n is not null)
        {
            if (!n.Deleted)
            {
                if (length < n.Length)
                {
                    store.GetItemCleanStart(transaction, new Id(n.Id.Client, n.Id.Clock + length));
                }

                n.Delete(transaction);
                length -= (int)n.Length;
            }

            n = n.Right;
        }

        if (SearchMarker is not null)
        {
            SearchMarkers.UpdateMarkerChanges(SearchMarker, startIndex, -startLength + length);
        }
    }

    internal void MapDelete(Transaction transaction, string key)
    {
        if (Map.TryGetValue(key, out var item))
        {
            item.Delete(transaction);
        }
    }

    internal void MapSet(Transaction transaction, string key, object? value)
    {
        var left = Map.GetValueOrDefault(key);
        AbstractContent content = value switch
        {
            byte[] bytes => new ContentBinary(bytes),
            Doc subdoc => new ContentDoc(subdoc),
            AbstractType type => new ContentType(type),
            _ => new ContentAny([AnyValues.Normalize(value)]),
        };
        new Item(transaction.NextId(), left, left?.LastId, null, null, this, key, content).Integrate(transaction, 0);
    }

    internal object? MapGet(string key) =>
        Map.TryGetValue(key, out var item) && !item.Deleted ? item.Content.GetContent()[(int)item.Length - 1] : null;

    internal bool MapHas(string key) => Map.TryGetValue(key, out var item) && !item.Deleted;

    internal Dictionary<string, object?> MapGetAll()
    {
        var result = new Dictionary<string, object?>();
        foreach (var (key, item) in Map)
        {
            if (!item.Deleted)
            {
                result[key] = item.Content.GetContent()[(int)item.Length - 1];
            }
        }

        return result;
    }
}
