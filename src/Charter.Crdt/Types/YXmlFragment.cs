using Charter.Crdt.Encoding;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Types;

/// <summary>An ordered list of XML nodes (elements, texts, hooks) without a tag of its own.</summary>
public class YXmlFragment : AbstractType
{
    internal const int TypeRefNumber = 4;

    private readonly List<Action<YXmlEvent, Transaction>> _observers = [];

    public YXmlFragment()
    {
        SearchMarker = [];
    }

    public int Length => LengthInternal;

    public void Observe(Action<YXmlEvent, Transaction> handler) => _observers.Add(handler);

    public void Insert(int index, params AbstractType[] content) => RequireDoc().Transact(tr => ListInsertGenerics(tr, index, content));

    public void Delete(int index, int length = 1) => RequireDoc().Transact(tr => ListDelete(tr, index, length));

    public object? Get(int index) => ListGet(index);

    public List<object?> ToArray() => ListToArray();

    public override string ToString()
    {
        // Nesting comes from peers: a hostile depth raises InsufficientExecutionStackException, not a stack overflow.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return string.Concat(ListToArray().Select(node => node?.ToString()));
    }

    public override object? ToJson() => ToString();

    internal override AbstractType CopyEmpty() => new YXmlFragment();

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(TypeRefNumber);

    internal override void CallObserver(Transaction transaction, HashSet<string?> parentSubs)
    {
        base.CallObserver(transaction, parentSubs);
        if (_observers.Count > 0 || HasDeepObserversUpTheChain)
        {
            var e = new YXmlEvent(this, transaction, parentSubs);
            RegisterForDeepObservers(this, transaction, e);
            foreach (var handler in _observers.ToArray())
            {
                handler(e, transaction);
            }
        }
    }
}
