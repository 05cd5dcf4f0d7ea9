using Charter.Crdt.Structs;
using Charter.Crdt.Types;

namespace Charter.Crdt.Utils;

/// <summary>
/// Groups changes to one document. Observers run once per transaction, the update event carries
/// the transaction's structs and deletions, and cleanup (garbage collection, merging of structs)
/// happens once at the end. Created by <see cref="Doc.Transact(Action{Transaction}, object?)"/>.
/// </summary>
public sealed class Transaction
{
    // Rarely needed, so created on first use: a transaction is opened for every single edit.
    private Dictionary<AbstractType, List<YEvent>>? _changedParentTypes;
    private HashSet<Doc>? _subdocsAdded;
    private List<AbstractStruct>? _mergeStructs;
    private Stack<AbstractType>? _typesToDelete;
    private bool _deletingTypes;
    private HashSet<Doc>? _subdocsRemoved;
    private HashSet<Doc>? _subdocsLoaded;

    internal Transaction(Doc doc, object? origin, bool local)
    {
        Doc = doc;
        Origin = origin;
        Local = local;
        BeforeState = doc.Store.GetStateVector();
    }

    public Doc Doc { get; }

    /// <summary>Whatever the caller passed to Transact or ApplyUpdate, e.g. the connection an update came from.</summary>
    public object? Origin { get; }

    /// <summary>Whether the change was made on this document rather than applied from an update.</summary>
    public bool Local { get; internal set; }

    /// <summary>Items deleted in this transaction.</summary>
    public DeleteSet DeleteSet { get; } = new();

    /// <summary>The state vector before the transaction started.</summary>
    public Dictionary<long, long> BeforeState { get; }

    /// <summary>The state vector after the transaction; set during cleanup.</summary>
    public Dictionary<long, long> AfterState { get; internal set; } = [];

    /// <summary>Types that changed directly, with the map keys that changed (null stands for the list).</summary>
    public Dictionary<AbstractType, HashSet<string?>> Changed { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Events per type for deep observers, including events of the type's descendants.</summary>
    internal Dictionary<AbstractType, List<YEvent>> ChangedParentTypes => _changedParentTypes ??= new(ReferenceEqualityComparer.Instance);

    internal bool HasChangedParentTypes => _changedParentTypes is { Count: > 0 };

    /// <summary>Structs that were split in this transaction; cleanup tries to merge them back.</summary>
    internal List<AbstractStruct> MergeStructs => _mergeStructs ??= [];

    internal bool HasMergeStructs => _mergeStructs is { Count: > 0 };

    internal HashSet<Doc> SubdocsAdded => _subdocsAdded ??= [];

    internal HashSet<Doc> SubdocsRemoved => _subdocsRemoved ??= [];

    internal HashSet<Doc> SubdocsLoaded => _subdocsLoaded ??= [];

    internal bool HasSubdocChanges => _subdocsAdded is { Count: > 0 } || _subdocsRemoved is { Count: > 0 } || _subdocsLoaded is { Count: > 0 };

    internal bool NeedFormattingCleanup { get; set; }

    internal long BeforeStateOf(long client) => BeforeState.GetValueOrDefault(client);

    /// <summary>
    /// Deletes the content of a deleted type. Nested types found on the way are queued and handled
    /// by the outermost call, so the depth of nesting never becomes depth of recursion.
    /// </summary>
    internal void DeleteTypeContent(AbstractType type)
    {
        _typesToDelete ??= new Stack<AbstractType>();
        _typesToDelete.Push(type);
        if (_deletingTypes)
        {
            return;
        }

        _deletingTypes = true;
        try
        {
            while (_typesToDelete.TryPop(out var next))
            {
                Contents.ContentType.DeleteChildren(this, next);
            }
        }
        finally
        {
            _deletingTypes = false;
        }
    }

    /// <summary>The id the next item created by this document gets.</summary>
    internal Id NextId() => new(Doc.ClientId, Doc.Store.GetState(Doc.ClientId));

    /// <summary>
    /// Records that <paramref name="type"/> changed, unless the type itself was created in this
    /// transaction (then only its creation is an event, on its parent).
    /// </summary>
    internal void AddChangedType(AbstractType type, string? parentSub)
    {
        var item = type.Item;
        if (item is null || (item.Id.Clock < BeforeStateOf(item.Id.Client) && !item.Deleted))
        {
            if (!Changed.TryGetValue(type, out var subs))
            {
                subs = [];
                Changed[type] = subs;
            }

            subs.Add(parentSub);
        }
    }
}
