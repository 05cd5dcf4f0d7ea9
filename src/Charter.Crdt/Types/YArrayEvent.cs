using Charter.Crdt.Utils;

namespace Charter.Crdt.Types;

/// <summary>A change to a <see cref="YArray"/>; <see cref="YEvent.Delta"/> lists inserted values and deleted counts.</summary>
public sealed class YArrayEvent : YEvent
{
    internal YArrayEvent(YArray target, Transaction transaction)
        : base(target, transaction)
    {
    }
}
