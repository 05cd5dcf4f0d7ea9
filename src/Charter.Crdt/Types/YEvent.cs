using Charter.Crdt.Structs;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Types;

/// <summary>
/// What changed in one type during one transaction. Changes are computed lazily from the
/// transaction (its before-state and delete set), so observers that do not look pay nothing.
/// </summary>
public class YEvent
{
    private IReadOnlyList<object>? _path;
    private Dictionary<string, YMapKeyChange>? _keys;
    private List<DeltaOp>? _delta;

    internal YEvent(AbstractType target, Transaction transaction)
    {
        Target = target;
        CurrentTarget = target;
        Transaction = transaction;
    }

    /// <summary>The type that changed.</summary>
    public AbstractType Target { get; }

    /// <summary>The type whose deep observer is being called.</summary>
    public AbstractType CurrentTarget { get; internal set; }

    public Transaction Transaction { get; }

    /// <summary>Keys (map indices for arrays) from <see cref="CurrentTarget"/> down to <see cref="Target"/>.</summary>
    public IReadOnlyList<object> Path => _path ??= ComputePath(CurrentTarget, Target);

    /// <summary>Map keys that were added, updated or deleted, with their previous values.</summary>
    public IReadOnlyDictionary<string, YMapKeyChange> Keys => _keys ??= ComputeKeys();

    /// <summary>List changes as retain/insert/delete operations.</summary>
    public virtual IReadOnlyList<DeltaOp> Delta => _delta ??= ComputeListDelta();

    /// <summary>Whether <paramref name="s"/> was created in this transaction.</summary>
    public bool Adds(AbstractStruct s) => s.Id.Clock >= Transaction.BeforeStateOf(s.Id.Client);

    /// <summary>Whether <paramref name="s"/> was deleted in this transaction.</summary>
    public bool Deletes(AbstractStruct s) => Transaction.DeleteSet.IsDeleted(s.Id);

    private static List<object> ComputePath(AbstractType parent, AbstractType child)
    {
        var path = new List<object>();
        while (child.Item is not null && child != parent)
        {
            var item = child.Item;
            if (item.ParentSub is not null)
            {
                path.Insert(0, item.ParentSub);
            }
            else
            {
                var i = 0;
                for (var c = item.Parent!.Start; c is not null && c != item; c = c.Right)
                {
                    if (!c.Deleted && c.Countable)
                    {
                        i += (int)c.Length;
                    }
                }

                path.Insert(0, i);
            }

            child = item.Parent!;
        }

        return path;
    }

    private Dictionary<string, YMapKeyChange> ComputeKeys()
    {
        var keys = new Dictionary<string, YMapKeyChange>();
        if (!Transaction.Changed.TryGetValue(Target, out var changed))
        {
            return keys;
        }

        foreach (var key in changed)
        {
            if (key is null || !Target.Map.TryGetValue(key, out var item))
            {
                continue;
            }

            if (Adds(item))
            {
                var prev = item.Left;
                while (prev is not null && Adds(prev))
                {
                    prev = prev.Left;
                }

                if (Deletes(item))
                {
                    if (prev is not null && Deletes(prev))
                    {
                        keys[key] = new YMapKeyChange(YMapKeyAction.Delete, Last(prev));
                    }
                }
                else if (prev is not null && Deletes(prev))
                {
                    keys[key] = new YMapKeyChange(YMapKeyAction.Update, Last(prev));
                }
                else
                {
                    keys[key] = new YMapKeyChange(YMapKeyAction.Add, null);
                }
            }
            else if (Deletes(item))
            {
                keys[key] = new YMapKeyChange(YMapKeyAction.Delete, Last(item));
            }
        }

        return keys;
    }

    private static object? Last(Item item)
    {
        var content = item.Content.GetContent();
        return content.Count == 0 ? null : content[^1];
    }

    private List<DeltaOp> ComputeListDelta()
    {
        var delta = new List<DeltaOp>();
        if (!Transaction.Changed.TryGetValue(Target, out var changed) || !changed.Contains(null))
        {
            return delta;
        }

        DeltaOp? lastOp = null;
        for (var item = Target.Start; item is not null; item = item.Right)
        {
            if (item.Deleted)
            {
                if (Deletes(item) && !Adds(item))
                {
                    if (lastOp is not { Delete: not null })
                    {
                        AddIfNotNull(delta, lastOp);
                        lastOp = new DeltaOp { Delete = 0 };
                    }

                    lastOp = lastOp with { Delete = lastOp.Delete + (int)item.Length };
                }
            }
            else if (Adds(item))
            {
                if (lastOp is not { Insert: List<object?> })
                {
                    AddIfNotNull(delta, lastOp);
                    lastOp = new DeltaOp { Insert = new List<object?>() };
                }

                ((List<object?>)lastOp.Insert!).AddRange(item.Content.GetContent());
            }
            else
            {
                if (lastOp is not { Retain: not null })
                {
                    AddIfNotNull(delta, lastOp);
                    lastOp = new DeltaOp { Retain = 0 };
                }

                lastOp = lastOp with { Retain = lastOp.Retain + (int)item.Length };
            }
        }

        if (lastOp is not null && lastOp.Retain is null)
        {
            delta.Add(lastOp);
        }

        return delta;
    }

    private static void AddIfNotNull(List<DeltaOp> delta, DeltaOp? op)
    {
        if (op is not null)
        {
            delta.Add(op);
        }
    }
}
