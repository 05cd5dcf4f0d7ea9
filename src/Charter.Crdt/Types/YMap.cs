using Charter.Crdt.Encoding;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Types;

/// <summary>
/// A shared map from string keys to values. Concurrent writes to one key are resolved like list
/// inserts at the same place: the write with the higher client id ends up rightmost and wins.
/// </summary>
public sealed class YMap : AbstractType
{
    internal const int TypeRefNumber = 1;

    private readonly List<Action<YMapEvent, Transaction>> _observers = [];

    public int Count => Map.Values.Count(item => !item.Deleted);

    public IEnumerable<string> Keys => Map.Where(kv => !kv.Value.Deleted).Select(kv => kv.Key).ToList();

    public void Observe(Action<YMapEvent, Transaction> handler) => _observers.Add(handler);

    public void Unobserve(Action<YMapEvent, Transaction> handler) => _observers.Remove(handler);

    public void Set(string key, object? value) => RequireDoc().Transact(tr => MapSet(tr, key, value));

    public object? Get(string key) => MapGet(key);

    public bool ContainsKey(string key) => MapHas(key);

    public void Delete(string key) => RequireDoc().Transact(tr => MapDelete(tr, key));

    public void Clear() => RequireDoc().Transact(tr =>
    {
        foreach (var key in Keys)
        {
            MapDelete(tr, key);
        }
    });

    public Dictionary<string, object?> ToDictionary() => MapGetAll();

    public override object? ToJson() => MapGetAll().ToDictionary(kv => kv.Key, kv => ValueToJson(kv.Value));

    internal override AbstractType CopyEmpty() => new YMap();

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(TypeRefNumber);

    internal override void CallObserver(Transaction transaction, HashSet<string?> parentSubs)
    {
        base.CallObserver(transaction, parentSubs);
        if (_observers.Count > 0 || HasDeepObserversUpTheChain)
        {
            var e = new YMapEvent(this, transaction, parentSubs);
            RegisterForDeepObservers(this, transaction, e);
            foreach (var handler in _observers.ToArray())
            {
                handler(e, transaction);
            }
        }
    }
}
