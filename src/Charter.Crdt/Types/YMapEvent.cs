using Charter.Crdt.Utils;

namespace Charter.Crdt.Types;

/// <summary>A change to a <see cref="YMap"/>; <see cref="YEvent.Keys"/> says what happened to each key.</summary>
public sealed class YMapEvent : YEvent
{
    internal YMapEvent(YMap target, Transaction transaction, HashSet<string?> subs)
        : base(target, transaction)
    {
        KeysChanged = subs.Where(s => s is not null).Select(s => s!).ToHashSet();
    }

    public HashSet<string> KeysChanged { get; }
}
