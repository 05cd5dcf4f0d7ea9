using Charter.Crdt.Contents;
using Charter.Crdt.Encoding;
using Charter.Crdt.Encoding.UpdateOps;
using Charter.Crdt.Lib0;
using Charter.Crdt.Structs;
using GC = Charter.Crdt.Structs.GC;

namespace Charter.Crdt.Utils;

/// <summary>
/// Reads updates into a document in two phases: <see cref="Decode"/> reads and validates every
/// struct and the delete set without touching the document (so malformed bytes change nothing),
/// then <see cref="Apply"/> integrates what it can and keeps the rest as pending.
/// </summary>
internal static class UpdateReader
{
    private const byte Bit6 = 0b0010_0000;
    private const byte Bit7 = 0b0100_0000;
    private const byte Bit8 = 0b1000_0000;
    private const byte Bits5 = 0b0001_1111;

    public static ValidatedUpdate Decode(IUpdateDecoder decoder, Doc doc, int updateLength)
    {
        try
        {
            var structs = ReadClientsStructRefs(decoder, doc, StructInfo.MaxStructs(updateLength));
            var ds = DeleteSet.Read(decoder);
            return new ValidatedUpdate(structs, ds);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException or IndexOutOfRangeException or InvalidCastException)
        {
            throw new MalformedUpdateException($"The update could not be decoded: {e.Message}", e);
        }
    }

    public static void Apply(Doc doc, ValidatedUpdate update, object? origin)
    {
        doc.Transact(
            transaction =>
            {
                // Also when applied inside an open local transaction: what arrives from peers is remote.
                transaction.Local = false;
                var store = doc.Store;
                var retry = false;
                var rest = IntegrateStructs(transaction, store, update.Structs);
                var pending = store.PendingStructs;
                if (pending is not null)
                {
                    foreach (var (client, clock) in pending.Missing)
                    {
                        if (clock < store.GetState(client))
                        {
                            retry = true;
                            break;
                        }
                    }

                    if (rest is not null)
                    {
                        foreach (var (client, clock) in rest.Missing)
                        {
                            pending.AddMissing(client, clock);
                        }

                        pending.Update = Updates.MergeUpdatesV2([pending.Update, rest.Update]);
                    }
                }
                else
                {
                    store.PendingStructs = rest;
                }

                var dsRest = ApplyDeleteSet(transaction, store, update.DeleteSet);
                if (store.PendingDs is { } pendingDs)
                {
                    var dsRest2 = ApplyDeleteSet(transaction, store, pendingDs);
                    store.PendingDs = dsRest is not null && dsRest2 is not null ? DeleteSet.Merge([dsRest, dsRest2]) : dsRest ?? dsRest2;
                }
                else
                {
                    store.PendingDs = dsRest;
                }

                if (retry)
                {
                    var pendingUpdate = store.PendingStructs!.Update;
                    store.PendingStructs = null;
                    Apply(doc, Decode(new UpdateDecoderV2(new Lib0Decoder(pendingUpdate)), doc, pendingUpdate.Length), origin);
                }
            },
            origin,
            local: false);
    }

    private static Dictionary<long, List<AbstractStruct>> ReadClientsStructRefs(IUpdateDecoder decoder, Doc doc, long maxStructs)
    {
        var clientRefs = new Dictionary<long, List<AbstractStruct>>();
        var numOfStateUpdates = Wire.ReadCount(decoder.RestDecoder, "clients");
        long totalStructs = 0;
        for (var i = 0; i < numOfStateUpdates; i++)
        {
            var numberOfStructs = decoder.RestDecoder.ReadVarUint();
            totalStructs = StructInfo.CountStructs(totalStructs, numberOfStructs, maxStructs);
            var client = decoder.ReadClient();
            StructInfo.CheckClient(client);
            var clock = decoder.RestDecoder.ReadVarUint();
            if (clientRefs.ContainsKey(client))
            {
                throw new MalformedUpdateException($"Client {client} appears twice in the update.");
            }

            var refs = new List<AbstractStruct>((int)Math.Min(numberOfStructs, 4096));
            clientRefs[client] = refs;
            for (long s = 0; s < numberOfStructs; s++)
            {
                var str = ReadStruct(decoder, doc, client, clock);
                StructInfo.CheckLength(client, clock, str.Length);
                refs.Add(str);
                clock += str.Length;
            }
        }

        return clientRefs;
    }

    private static AbstractStruct ReadStruct(IUpdateDecoder decoder, Doc doc, long client, long clock)
    {
        var info = decoder.ReadInfo();
        switch (StructInfo.Classify(info, client, clock))
        {
            case StructKind.Gc:
                return new GC(new Id(client, clock), decoder.ReadLen());
            case StructKind.Skip:
                return new Skip(new Id(client, clock), decoder.RestDecoder.ReadVarUint());
            default:
            {
                var id = new Id(client, clock);
                Id? origin = (info & Bit8) != 0 ? StructInfo.CheckReference(decoder.ReadLeftId(), id, "origin") : null;
                Id? rightOrigin = (info & Bit7) != 0 ? StructInfo.CheckReference(decoder.ReadRightId(), id, "right origin") : null;
                var cantCopyParentInfo = (info & (Bit7 | Bit8)) == 0;
                Id? parentId = null;
                string? parentYKey = null;
                if (cantCopyParentInfo)
                {
                    if (decoder.ReadParentInfo())
                    {
                        parentYKey = decoder.ReadString();
                    }
                    else
                    {
                        parentId = StructInfo.CheckReference(decoder.ReadLeftId(), id, "parent");
                    }
                }

                var parentSub = cantCopyParentInfo && (info & Bit6) != 0 ? decoder.ReadString() : null;
                var content = AbstractContent.Read(decoder, info & Bits5, doc);
                return new Item(id, null, origin, null, rightOrigin, null, parentSub, content)
                {
                    ParentId = parentId,
                    ParentYKey = parentYKey,
                };
            }
        }
    }

    /// <summary>
    /// Integrates structs in causal order: when a struct depends on a client whose structs are in
    /// this update too, that client's structs go first (a stack of at most one entry per client).
    /// Whatever depends on structs the document lacks is returned as pending.
    /// </summary>
    private static PendingStructs? IntegrateStructs(Transaction transaction, StructStore store, Dictionary<long, List<AbstractStruct>> clientsStructRefs)
    {
        var cursors = new Dictionary<long, int>(clientsStructRefs.Count);
        var clientIds = new List<long>(clientsStructRefs.Keys);
        clientIds.Sort();
        if (clientIds.Count == 0)
        {
            return null;
        }

        var refs = new Dictionary<long, List<AbstractStruct>>(clientsStructRefs);
        foreach (var client in clientIds)
        {
            cursors[client] = 0;
        }

        var stack = new Stack<AbstractStruct>();
        Dictionary<long, List<AbstractStruct>>? restStructs = null;
        Dictionary<long, long>? missingSv = null;
        var state = new Dictionary<long, long>();

        void UpdateMissingSv(long client, long clock)
        {
            missingSv ??= [];
            if (!missingSv.TryGetValue(client, out var current) || current > clock)
            {
                missingSv[client] = clock;
            }
        }

        long? NextTarget()
        {
            while (clientIds.Count > 0)
            {
                var candidate = clientIds[^1];
                if (refs.TryGetValue(candidate, out var list) && cursors[candidate] < list.Count)
                {
                    return candidate;
                }

                clientIds.RemoveAt(clientIds.Count - 1);
            }

            return null;
        }

        AbstractStruct Take(long client)
        {
            var i = cursors[client];
            cursors[client] = i + 1;
            return refs[client][i];
        }

        void AddStackToRest()
        {
            restStructs ??= [];
            foreach (var item in stack)
            {
                var client = item.Id.Client;
                if (refs.TryGetValue(client, out var inapplicable))
                {
                    // The struct on the stack was taken but not applied: step back to include it.
                    var from = cursors[client] - 1;
                    restStructs[client] = inapplicable.GetRange(from, inapplicable.Count - from);
                    refs.Remove(client);
                }
                else
                {
                    restStructs[client] = [item];
                }

                clientIds.Remove(client);
            }

            stack.Clear();
        }

        var current = NextTarget();
        if (current is null)
        {
            return null;
        }

        var stackHead = Take(current.Value);
        while (true)
        {
            if (stackHead is not Skip)
            {
                var headClient = stackHead.Id.Client;
                if (!state.TryGetValue(headClient, out var localClock))
                {
                    localClock = store.GetState(headClient);
                    state[headClient] = localClock;
                }

                var offset = localClock - stackHead.Id.Clock;
                if (offset < 0)
                {
                    // An earlier update of the same client is missing.
                    stack.Push(stackHead);
                    UpdateMissingSv(headClient, stackHead.Id.Clock - 1);
                    AddStackToRest();
                }
                else
                {
                    var missing = stackHead is Item item ? item.GetMissing(transaction, store) : null;
                    if (missing is { } missingClient)
                    {
                        stack.Push(stackHead);
                        if (!refs.TryGetValue(missingClient, out var missingRefs) || cursors[missingClient] >= missingRefs.Count)
                        {
                            // This update depends on one the document has not received.
                            UpdateMissingSv(missingClient, store.GetState(missingClient));
                            AddStackToRest();
                        }
                        else
                        {
                            stackHead = Take(missingClient);
                            continue;
                        }
                    }
                    else if (offset == 0 || offset < stackHead.Length)
                    {
                        switch (stackHead)
                        {
                            case Item it:
                                it.Integrate(transaction, offset);
                                break;
                            case GC gc:
                                gc.Integrate(transaction, offset);
                                break;
                        }

                        state[headClient] = stackHead.Id.Clock + stackHead.Length;
                    }
                }
            }

            if (stack.Count > 0)
            {
                stackHead = stack.Pop();
            }
            else if (current is { } c && refs.TryGetValue(c, out var currentRefs) && cursors[c] < currentRefs.Count)
            {
                stackHead = Take(c);
            }
            else
            {
                current = NextTarget();
                if (current is null)
                {
                    break;
                }

                stackHead = Take(current.Value);
            }
        }

        if (restStructs is null || restStructs.Count == 0)
        {
            return null;
        }

        // Kept as a V2 update, like yjs, so later updates can be merged into it and it can be re-sent.
        var pendingStore = new StructStore();
        foreach (var (client, structs) in restStructs)
        {
            pendingStore.Clients[client] = structs;
        }

        var encoder = new UpdateEncoderV2();
        UpdateWriter.WriteClientsStructs(encoder, pendingStore, new Dictionary<long, long>());
        encoder.RestEncoder.WriteVarUint(0);
        return new PendingStructs(missingSv ?? [], encoder.ToArray());
    }

    /// <summary>Deletes what the document has; returns the ranges beyond its state (to keep as pending), or null.</summary>
    private static DeleteSet? ApplyDeleteSet(Transaction transaction, StructStore store, DeleteSet ds)
    {
        DeleteSet? unapplied = null;
        foreach (var (client, deletes) in ds.Clients)
        {
            var state = store.GetState(client);
            store.Clients.TryGetValue(client, out var structs);
            foreach (var del in deletes)
            {
                var clock = del.Clock;
                var clockEnd = clock + del.Length;
                if (clock < state)
                {
                    if (state < clockEnd)
                    {
                        (unapplied ??= new DeleteSet()).Add(client, state, clockEnd - state);
                    }

                    var index = StructStore.FindIndexSS(structs!, clock);
                    var s = structs![index];
                    if (!s.Deleted && s.Id.Clock < clock)
                    {
                        structs.Insert(index + 1, Item.Split(transaction, (Item)s, clock - s.Id.Clock));
                        index++;
                    }

                    while (index < structs.Count)
                    {
                        s = structs[index++];
                        if (s.Id.Clock >= clockEnd)
                        {
                            break;
                        }

                        if (!s.Deleted)
                        {
                            var item = (Item)s;
                            if (clockEnd < s.Id.Clock + s.Length)
                            {
                                structs.Insert(index, Item.Split(transaction, item, clockEnd - s.Id.Clock));
                            }

                            item.Delete(transaction);
                        }
                    }
                }
                else
                {
                    (unapplied ??= new DeleteSet()).Add(client, clock, clockEnd - clock);
                }
            }
        }

        // Kept sorted and merged: the V2 delete-set encoding writes clocks as ascending differences.
        unapplied?.SortAndMerge();
        return unapplied;
    }
}
