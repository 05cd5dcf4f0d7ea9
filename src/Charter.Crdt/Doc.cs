using Charter.Crdt.Encoding.UpdateOps;
using Charter.Crdt.Structs;
using Charter.Crdt.Types;
using Charter.Crdt.Utils;

namespace Charter.Crdt;

/// <summary>
/// A Yjs document: named root types plus the store of every struct ever integrated. Not thread-safe;
/// its owner serialises access.
/// </summary>
public sealed class Doc
{
    private readonly Dictionary<string, AbstractType> _share = [];
    private List<Transaction> _transactionCleanups = [];

    /// <summary>Creates a document with a random 53-bit client id.</summary>
    public Doc()
        : this(ClientIds.Generate())
    {
    }

    public Doc(long clientId, string? guid = null, bool gc = true)
    {
        if (clientId < 0 || clientId > Wire.MaxClock)
        {
            throw new ArgumentOutOfRangeException(nameof(clientId), "A client id is a non-negative integer below 2^53.");
        }

        ClientId = clientId;
        Guid = guid ?? System.Guid.NewGuid().ToString();
        Gc = gc;
    }

    public long ClientId { get; internal set; }

    public string Guid { get; }

    /// <summary>Whether deleted content is garbage collected at the end of each transaction.</summary>
    public bool Gc { get; set; }

    /// <summary>Decides per deleted item whether it may be collected (when <see cref="Gc"/> is on).</summary>
    public Func<Item, bool> GcFilter { get; set; } = static _ => true;

    public bool AutoLoad { get; init; }

    public bool ShouldLoad { get; internal set; } = true;

    public object? Meta { get; init; }

    public StructStore Store { get; } = new();

    /// <summary>
    /// Scratch sets for <see cref="Item"/>'s conflict resolution, reused because it runs for every
    /// integrated item and a document is only ever used by one thread at a time.
    /// </summary>
    internal HashSet<Item> ConflictingItems { get; } = new(ReferenceEqualityComparer.Instance);

    internal HashSet<Item> ItemsBeforeOrigin { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The item that embeds this document when it is a subdocument.</summary>
    public Item? Item { get; internal set; }

    public HashSet<Doc> Subdocs { get; } = [];

    public IReadOnlyDictionary<string, AbstractType> Share => _share;

    /// <summary>Whether some received structs or deletions wait for updates this document has not seen.</summary>
    public bool HasPending => Store.PendingStructs is not null || Store.PendingDs is not null;

    /// <summary>
    /// The structs waiting for missing dependencies, as the V2 update yjs keeps them in
    /// (<c>doc.store.pendingStructs.update</c>), or null.
    /// </summary>
    public byte[]? PendingStructsUpdateV2 => Store.PendingStructs?.Update;

    /// <summary>The clients the pending structs and pending deletions wait on or belong to.</summary>
    public IReadOnlySet<long> PendingClients
    {
        get
        {
            var clients = new HashSet<long>();
            if (Store.PendingStructs is { } structs)
            {
                clients.UnionWith(structs.Missing.Keys);
                clients.UnionWith(Updates.ParseUpdateMetaV2(structs.Update).From.Keys);
            }

            if (Store.PendingDs is { } deletes)
            {
                clients.UnionWith(deletes.Clients.Keys);
            }

            return clients;
        }
    }

    /// <summary>
    /// Forgets every pending struct and deletion. Not in yjs: a server uses it to stop waiting for
    /// dependencies that never arrived; what was dropped was never visible, and a peer that still
    /// holds it sends it again with its next sync.
    /// </summary>
    public void DropPending()
    {
        Store.PendingStructs = null;
        Store.PendingDs = null;
    }

    /// <summary>The transaction in progress, if any.</summary>
    public Transaction? CurrentTransaction { get; private set; }

    /// <summary>Raised after each transaction that changed something, with the change as a V1 update.</summary>
    public event Action<byte[], object?, Transaction>? Update;

    /// <summary>Like <see cref="Update"/>, with the change encoded as a V2 update.</summary>
    public event Action<byte[], object?, Transaction>? UpdateV2;

    /// <summary>Raised after the observers of a transaction ran.</summary>
    public event Action<Transaction>? AfterTransaction;

    /// <summary>Raised after a transaction was cleaned up (structs merged, content collected).</summary>
    public event Action<Transaction>? AfterTransactionCleanup;

    /// <summary>Raised when subdocuments were added, removed or asked to load.</summary>
    public event Action<SubdocsChange, Transaction>? SubdocsChanged;

    internal bool HasUpdateObservers => Update is not null;

    internal bool HasUpdateV2Observers => UpdateV2 is not null;

    internal bool HasTransactionObservers => AfterTransaction is not null;

    public YText GetText(string name) => Get(name, static () => new YText());

    public YMap GetMap(string name) => Get(name, static () => new YMap());

    public YArray GetArray(string name) => Get(name, static () => new YArray());

    public YXmlFragment GetXmlFragment(string name) => Get(name, static () => new YXmlFragment());

    public void Transact(Action<Transaction> action, object? origin = null) => Transact(action, origin, local: true);

    public T Transact<T>(Func<Transaction, T> func, object? origin = null)
    {
        var result = default(T);
        Transact(tr => result = func(tr), origin, local: true);
        return result!;
    }

    /// <summary>Asks the provider of a subdocument to load it.</summary>
    public void Load()
    {
        var item = Item;
        if (item is not null && !ShouldLoad)
        {
            item.Parent!.Doc!.Transact(tr => tr.SubdocsLoaded.Add(this), null, local: true);
        }

        ShouldLoad = true;
    }

    internal void Transact(Action<Transaction> action, object? origin, bool local)
    {
        var initialCall = false;
        if (CurrentTransaction is null)
        {
            initialCall = true;
            CurrentTransaction = new Transaction(this, origin, local);
            _transactionCleanups.Add(CurrentTransaction);
        }

        try
        {
            action(CurrentTransaction);
        }
        finally
        {
            if (initialCall)
            {
                var finishCleanup = CurrentTransaction == _transactionCleanups[0];
                CurrentTransaction = null;
                if (finishCleanup)
                {
                    // Observers may open new transactions; they queue up behind this one and are cleaned up in order.
                    var cleanups = _transactionCleanups;
                    try
                    {
                        TransactionCleanup.Run(cleanups);
                    }
                    finally
                    {
                        _transactionCleanups = [];
                    }
                }
            }
        }
    }

    /// <summary>
    /// The root type named <paramref name="name"/> as an update refers to it. If no one has asked
    /// for it with a concrete type yet, a placeholder holds its content until someone does.
    /// </summary>
    internal AbstractType GetOrCreateRoot(string name)
    {
        if (!_share.TryGetValue(name, out var type))
        {
            type = new RootPlaceholder();
            type.IntegrateRoot(this, name);
            _share[name] = type;
        }

        return type;
    }

    internal Doc CreateSubdoc(string guid, object? options)
    {
        var opts = options as Dictionary<string, object?>;
        var gc = opts is null || !opts.TryGetValue("gc", out var g) || g is not false;
        var autoLoad = opts is not null && opts.TryGetValue("autoLoad", out var a) && a is true;
        var shouldLoad = opts is not null && ((opts.TryGetValue("shouldLoad", out var s) && s is true) || autoLoad);
        return new Doc(ClientIds.Generate(), guid, gc)
        {
            AutoLoad = autoLoad,
            Meta = opts?.GetValueOrDefault("meta"),
            ShouldLoad = shouldLoad,
        };
    }

    internal void RaiseAfterTransaction(Transaction transaction) => AfterTransaction?.Invoke(transaction);

    internal void RaiseAfterTransactionCleanup(Transaction transaction) => AfterTransactionCleanup?.Invoke(transaction);

    internal void RaiseUpdate(Transaction transaction, Func<byte[]?> encode)
    {
        if (encode() is { } update)
        {
            Update?.Invoke(update, transaction.Origin, transaction);
        }
    }

    internal void RaiseUpdateV2(Transaction transaction, Func<byte[]?> encode)
    {
        if (encode() is { } update)
        {
            UpdateV2?.Invoke(update, transaction.Origin, transaction);
        }
    }

    internal void RaiseSubdocChanges(Transaction transaction)
    {
        if (!transaction.HasSubdocChanges)
        {
            return;
        }

        foreach (var subdoc in transaction.SubdocsAdded)
        {
            subdoc.ClientId = ClientId;
            Subdocs.Add(subdoc);
        }

        foreach (var subdoc in transaction.SubdocsRemoved)
        {
            Subdocs.Remove(subdoc);
        }

        SubdocsChanged?.Invoke(new SubdocsChange(transaction.SubdocsAdded, transaction.SubdocsRemoved, transaction.SubdocsLoaded), transaction);
    }

    private T Get<T>(string name, Func<T> create)
        where T : AbstractType
    {
        if (!_share.TryGetValue(name, out var existing))
        {
            var type = create();
            type.IntegrateRoot(this, name);
            _share[name] = type;
            return type;
        }

        if (existing is T typed)
        {
            return typed;
        }

        if (existing is RootPlaceholder placeholder)
        {
            var type = create();
            placeholder.MoveContentTo(type);
            type.IntegrateRoot(this, name);
            _share[name] = type;
            return type;
        }

        throw new InvalidOperationException($"The root type '{name}' is a {existing.GetType().Name}, not a {typeof(T).Name}.");
    }
}
