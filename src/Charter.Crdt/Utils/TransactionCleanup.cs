using System.Runtime.CompilerServices;
using Charter.Crdt.Encoding;
using Charter.Crdt.Structs;
using Charter.Crdt.Types;

namespace Charter.Crdt.Utils;

/// <summary>
/// What happens when the outermost transaction ends: observers run, deleted content is collected,
/// neighbouring structs that form one uninterrupted insert are merged back, and update events fire.
/// Merging keeps the store small and is what makes the encoded bytes identical to yjs's.
/// </summary>
internal static class TransactionCleanup
{
    public static void Run(List<Transaction> cleanups)
    {
        for (var i = 0; i < cleanups.Count; i++)
        {
            CleanupOne(cleanups[i]);
        }
    }

    private static void CleanupOne(Transaction transaction)
    {
        var doc = transaction.Doc;
        var store = doc.Store;
        var ds = transaction.DeleteSet;
        try
        {
            ds.SortAndMerge();
            transaction.AfterState = store.GetStateVector();
            CallObservers(transaction);
        }
        finally
        {
            if (doc.Gc)
            {
                TryGcDeleteSet(ds, store, doc.GcFilter);
            }

            TryMergeDeleteSet(ds, store);
            MergeNewStructs(transaction, store);
            if (transaction.HasMergeStructs)
            {
                MergeSplitStructs(transaction.MergeStructs, store);
            }
            if (!transaction.Local && transaction.AfterState.GetValueOrDefault(doc.ClientId) != transaction.BeforeState.GetValueOrDefault(doc.ClientId))
            {
                // Another peer wrote with our client id: continuing with it would corrupt both documents.
                doc.ClientId = ClientIds.Generate();
            }

            doc.RaiseAfterTransactionCleanup(transaction);
            if (doc.HasUpdateObservers)
            {
                doc.RaiseUpdate(transaction, () => EncodeTransaction(new UpdateEncoderV1(), transaction));
            }

            if (doc.HasUpdateV2Observers)
            {
                doc.RaiseUpdateV2(transaction, () => EncodeTransaction(new UpdateEncoderV2(), transaction));
            }

            doc.RaiseSubdocChanges(transaction);
        }
    }

    private static byte[]? EncodeTransaction(IUpdateEncoder encoder, Transaction transaction)
    {
        var changedState = false;
        foreach (var (client, clock) in transaction.AfterState)
        {
            if (transaction.BeforeState.GetValueOrDefault(client, -1) != clock)
            {
                changedState = true;
                break;
            }
        }

        if (transaction.DeleteSet.Clients.Count == 0 && !changedState)
        {
            return null;
        }

        transaction.DeleteSet.SortAndMerge();
        UpdateWriter.WriteClientsStructs(encoder, transaction.Doc.Store, transaction.BeforeState);
        transaction.DeleteSet.Write(encoder);
        return encoder.ToArray();
    }

    private static void CallObservers(Transaction transaction)
    {
        var doc = transaction.Doc;
        List<Exception>? errors = null;
        if (transaction.Changed.Count > 0)
        {
            foreach (var (type, subs) in transaction.Changed.ToArray())
            {
                if (type.Item is null || !type.Item.Deleted)
                {
                    try
                    {
                        type.CallObserver(transaction, subs);
                    }
                    catch (Exception e)
                    {
                        (errors ??= []).Add(e);
                    }
                }
            }
        }

        if (transaction.HasChangedParentTypes)
        {
            foreach (var (type, events) in transaction.ChangedParentTypes.ToArray())
            {
                if (!type.HasDeepObservers || (type.Item is not null && type.Item.Deleted))
                {
                    continue;
                }

                var live = events.Where(e => e.Target.Item is null || !e.Target.Item.Deleted).ToList();
                foreach (var e in live)
                {
                    e.CurrentTarget = type;
                }

                live.Sort((a, b) => a.Path.Count.CompareTo(b.Path.Count));
                try
                {
                    type.CallDeepObservers(live, transaction);
                }
                catch (Exception e)
                {
                    (errors ??= []).Add(e);
                }
            }
        }

        try
        {
            doc.RaiseAfterTransaction(transaction);
            if (transaction.NeedFormattingCleanup)
            {
                YTextFormatting.CleanupAfterTransaction(transaction);
            }
        }
        catch (Exception e)
        {
            (errors ??= []).Add(e);
        }

        // Every observer ran even when another threw; the errors surface afterwards.
        if (errors is { Count: 1 })
        {
            throw errors[0];
        }

        if (errors is { Count: > 1 })
        {
            throw new AggregateException("Several observers failed.", errors);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TryGcDeleteSet(DeleteSet ds, StructStore store, Func<Item, bool> gcFilter)
    {
        foreach (var (client, deleteItems) in ds.Clients)
        {
            var structs = store.Clients[client];
            for (var di = deleteItems.Count - 1; di >= 0; di--)
            {
                var deleteItem = deleteItems[di];
                var endDeleteItemClock = deleteItem.Clock + deleteItem.Length;
                for (var si = StructStore.FindIndexSS(structs, deleteItem.Clock); si < structs.Count; si++)
                {
                    var s = structs[si];
                    if (s.Id.Clock >= endDeleteItemClock)
                    {
                        break;
                    }

                    if (s is Item { Deleted: true, Keep: false } item && gcFilter(item))
                    {
                        item.Gc(store, false);
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TryMergeDeleteSet(DeleteSet ds, StructStore store)
    {
        // Right to left, so merging never skips a candidate and indices stay valid.
        foreach (var (client, deleteItems) in ds.Clients)
        {
            var structs = store.Clients[client];
            for (var di = deleteItems.Count - 1; di >= 0; di--)
            {
                var deleteItem = deleteItems[di];
                var mostRightIndexToCheck = Math.Min(structs.Count - 1, 1 + StructStore.FindIndexSS(structs, deleteItem.Clock + deleteItem.Length - 1));
                for (var si = mostRightIndexToCheck; si > 0 && structs[si].Id.Clock >= deleteItem.Clock;)
                {
                    si -= 1 + TryToMergeWithLefts(structs, si);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MergeNewStructs(Transaction transaction, StructStore store)
    {
        foreach (var (client, clock) in transaction.AfterState)
        {
            var beforeClock = transaction.BeforeState.GetValueOrDefault(client);
            if (beforeClock == clock)
            {
                continue;
            }

            var structs = store.Clients[client];
            var firstChangePos = Math.Max(StructStore.FindIndexSS(structs, beforeClock), 1);
            for (var i = structs.Count - 1; i >= firstChangePos;)
            {
                i -= 1 + TryToMergeWithLefts(structs, i);
            }
        }
    }

    private static void MergeSplitStructs(List<AbstractStruct> mergeStructs, StructStore store)
    {
        for (var i = mergeStructs.Count - 1; i >= 0; i--)
        {
            var id = mergeStructs[i].Id;
            var structs = store.Clients[id.Client];
            var replacedStructPos = StructStore.FindIndexSS(structs, id.Clock);
            if (replacedStructPos + 1 < structs.Count && TryToMergeWithLefts(structs, replacedStructPos + 1) > 1)
            {
                continue;
            }

            if (replacedStructPos > 0)
            {
                TryToMergeWithLefts(structs, replacedStructPos);
            }
        }
    }

    /// <summary>Merges structs[pos] into its left neighbours as far as possible; returns how many were merged away.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int TryToMergeWithLefts(List<AbstractStruct> structs, int pos)
    {
        var i = pos;
        while (i > 0)
        {
            var right = structs[i];
            var left = structs[i - 1];
            if (left.Deleted != right.Deleted || left.GetType() != right.GetType() || !left.MergeWith(right))
            {
                break;
            }

            if (right is Item { ParentSub: not null } rightItem && rightItem.Parent!.Map.TryGetValue(rightItem.ParentSub, out var current) && current == rightItem)
            {
                rightItem.Parent.Map[rightItem.ParentSub] = (Item)left;
            }

            i--;
        }

        var merged = pos - i;
        if (merged > 0)
        {
            structs.RemoveRange(pos + 1 - merged, merged);
        }

        return merged;
    }
}
