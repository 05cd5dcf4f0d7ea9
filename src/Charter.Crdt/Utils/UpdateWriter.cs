using Charter.Crdt.Encoding;
using Charter.Crdt.Structs;
using GC = Charter.Crdt.Structs.GC;

namespace Charter.Crdt.Utils;

/// <summary>
/// Writes structs and delete sets of a document in the update format (V1 or V2, chosen by the
/// encoder). The order is part of the format: clients by descending id, each client's structs by
/// ascending clock, the first one cut to start at the requested clock.
/// </summary>
internal static class UpdateWriter
{
    private const byte Bit6 = 0b0010_0000;
    private const byte Bit7 = 0b0100_0000;
    private const byte Bit8 = 0b1000_0000;
    private const byte Bits5 = 0b0001_1111;

    /// <summary>Writes every struct the target (described by <paramref name="targetState"/>) lacks.</summary>
    public static void WriteClientsStructs(IUpdateEncoder encoder, StructStore store, IReadOnlyDictionary<long, long> targetState)
    {
        var sm = new Dictionary<long, long>();
        foreach (var (client, clock) in targetState)
        {
            if (store.GetState(client) > clock)
            {
                sm[client] = clock;
            }
        }

        foreach (var client in store.Clients.Keys)
        {
            if (!targetState.ContainsKey(client))
            {
                sm[client] = 0;
            }
        }

        encoder.RestEncoder.WriteVarUint(sm.Count);
        foreach (var client in DeleteSet.SortedClientsDescending(sm.Keys))
        {
            WriteStructs(encoder, store.Clients[client], client, sm[client]);
        }
    }

    /// <summary>Writes the whole document (or what the target lacks) followed by the complete delete set.</summary>
    public static void WriteStateAsUpdate(IUpdateEncoder encoder, Doc doc, IReadOnlyDictionary<long, long> targetState)
    {
        WriteClientsStructs(encoder, doc.Store, targetState);
        DeleteSet.FromStructStore(doc.Store).Write(encoder);
    }

    public static void WriteStateVector(IDSEncoder encoder, IReadOnlyDictionary<long, long> sv)
    {
        encoder.RestEncoder.WriteVarUint(sv.Count);
        foreach (var client in DeleteSet.SortedClientsDescending(sv.Keys))
        {
            encoder.RestEncoder.WriteVarUint(client);
            encoder.RestEncoder.WriteVarUint(sv[client]);
        }
    }

    public static void WriteStruct(IUpdateEncoder encoder, AbstractStruct s, long offset)
    {
        switch (s)
        {
            case Item item:
                WriteItem(encoder, item, (int)offset);
                break;
            case GC gc:
                encoder.WriteInfo(GC.StructRef);
                encoder.WriteLen(gc.Length - offset);
                break;
            case Skip skip:
                encoder.WriteInfo(Skip.StructRef);
                encoder.RestEncoder.WriteVarUint(skip.Length - offset);
                break;
        }
    }

    private static void WriteStructs(IUpdateEncoder encoder, List<AbstractStruct> structs, long client, long clock)
    {
        clock = Math.Max(clock, structs[0].Id.Clock);
        var startNewStructs = StructStore.FindIndexSS(structs, clock);
        encoder.RestEncoder.WriteVarUint(structs.Count - startNewStructs);
        encoder.WriteClient(client);
        encoder.RestEncoder.WriteVarUint(clock);
        var firstStruct = structs[startNewStructs];
        WriteStruct(encoder, firstStruct, clock - firstStruct.Id.Clock);
        for (var i = startNewStructs + 1; i < structs.Count; i++)
        {
            WriteStruct(encoder, structs[i], 0);
        }
    }

    /// <summary>
    /// Info byte: low five bits the content ref, bit 8 "has origin", bit 7 "has right origin",
    /// bit 6 "has parentSub". The parent is written only when neither origin exists, because
    /// otherwise the receiver copies it from a neighbour.
    /// </summary>
    private static void WriteItem(IUpdateEncoder encoder, Item item, int offset)
    {
        var origin = offset > 0 ? new Id(item.Id.Client, item.Id.Clock + offset - 1) : item.Origin;
        var rightOrigin = item.RightOrigin;
        var parentSub = item.ParentSub;
        var info = (byte)((item.Content.Ref & Bits5)
            | (origin is null ? 0 : Bit8)
            | (rightOrigin is null ? 0 : Bit7)
            | (parentSub is null ? 0 : Bit6));
        encoder.WriteInfo(info);
        if (origin is { } o)
        {
            encoder.WriteLeftId(o);
        }

        if (rightOrigin is { } ro)
        {
            encoder.WriteRightId(ro);
        }

        if (origin is null && rightOrigin is null)
        {
            WriteParent(encoder, item);
            if (parentSub is not null)
            {
                encoder.WriteString(parentSub);
            }
        }

        item.Content.Write(encoder, offset);
    }

    private static void WriteParent(IUpdateEncoder encoder, Item item)
    {
        if (item.Parent is { } parent)
        {
            if (parent.Item is null)
            {
                encoder.WriteParentInfo(true);
                encoder.WriteString(parent.RootName ?? throw new InvalidOperationException("A root type has no name."));
            }
            else
            {
                encoder.WriteParentInfo(false);
                encoder.WriteLeftId(parent.Item.Id);
            }
        }
        else if (item.ParentYKey is { } key)
        {
            encoder.WriteParentInfo(true);
            encoder.WriteString(key);
        }
        else if (item.ParentId is { } parentId)
        {
            encoder.WriteParentInfo(false);
            encoder.WriteLeftId(parentId);
        }
        else
        {
            throw new InvalidOperationException($"Item {item.Id} has neither origins nor a parent.");
        }
    }
}
