using Charter.Crdt.Encoding;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Types;

/// <summary>A shared list of values (plain values, byte arrays, nested types, subdocuments).</summary>
public sealed class YArray : AbstractType
{
    internal const int TypeRefNumber = 0;

    private readonly List<Action<YArrayEvent, Transaction>> _observers = [];

    public YArray()
    {
        SearchMarker = [];
    }

    public int Length => LengthInternal;

    public void Observe(Action<YArrayEvent, Transaction> handler) => _observers.Add(handler);

    public void Unobserve(Action<YArrayEvent, Transaction> handler) => _observers.Remove(handler);

    public void Insert(int index, params object?[] content) => RequireDoc().Transact(tr => ListInsertGenerics(tr, index, content));

    public void Push(params object?[] content) => RequireDoc().Transact(tr => ListPushGenerics(tr, content));

    public void Unshift(params object?[] content) => Insert(0, content);

    public void Delete(int index, int length = 1) => RequireDoc().Transact(tr => ListDelete(tr, index, length));

    public object? Get(int index) => ListGet(index);

    public List<object?> ToArray() => ListToArray();

    /// <summary>Values in [start, end), like JavaScript's slice.</summary>
    public List<object?> Slice(int start, int end) => ListToArray().GetRange(start, end - start);

    public override object? ToJson() => ListToArray().ConvertAll(ValueToJson);

    internal override AbstractType CopyEmpty() => new YArray();

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(TypeRefNumber);

    internal override void CallObserver(Transaction transaction, HashSet<string?> parentSubs)
    {
        base.CallObserver(transaction, parentSubs);
        if (_observers.Count > 0 || HasDeepObserversUpTheChain)
        {
            var e = new YArrayEvent(this, transaction);
            RegisterForDeepObservers(this, transaction, e);
            foreach (var handler in _observers.ToArray())
            {
                handler(e, transaction);
            }
        }
    }
}
