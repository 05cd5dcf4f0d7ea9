using Charter.Crdt.Utils;

namespace Charter.Crdt.Types;

/// <summary>A change to an XML fragment or element: children (the delta) and attributes (changed keys).</summary>
public sealed class YXmlEvent : YEvent
{
    internal YXmlEvent(AbstractType target, Transaction transaction, HashSet<string?> subs)
        : base(target, transaction)
    {
        ChildListChanged = subs.Contains(null);
        AttributesChanged = subs.Where(s => s is not null).Select(s => s!).ToHashSet();
    }

    public bool ChildListChanged { get; }

    public HashSet<string> AttributesChanged { get; }
}
