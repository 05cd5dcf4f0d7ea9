using Charter.Crdt.Encoding;
using Charter.Crdt.Lib0;
using Charter.Crdt.Structs;

namespace Charter.Crdt.Utils;

/// <summary>
/// A point in a document's history: what existed (state vector) and what was deleted (delete set)
/// at that moment. Content is visible in a snapshot when it was created before it and not deleted in it.
/// </summary>
public sealed class Snapshot(DeleteSet deleteSet, Dictionary<long, long> stateVector)
{
    public DeleteSet DeleteSet { get; } = deleteSet;

    public Dictionary<long, long> StateVector { get; } = stateVector;

    public static Snapshot Of(Doc doc) => new(DeleteSet.FromStructStore(doc.Store), doc.Store.GetStateVector());

    public bool IsVisible(Item item) =>
        StateVector.TryGetValue(item.Id.Client, out var clock) && clock > item.Id.Clock && !DeleteSet.IsDeleted(item.Id);

    /// <summary>
    /// A new document holding exactly what <paramref name="originDoc"/> held at this snapshot. The origin
    /// must keep deleted content (gc off), otherwise content visible in the snapshot may already be gone.
    /// </summary>
    public Doc CreateDoc(Doc originDoc, Doc? newDoc = null)
    {
        if (originDoc.Gc)
        {
            throw new InvalidOperationException("Garbage collection must be disabled in the origin document to restore a snapshot from it.");
        }

        newDoc ??= new Doc();
        var encoder = new UpdateEncoderV2();
        originDoc.Transact(transaction =>
        {
            encoder.RestEncoder.WriteVarUint(StateVector.Values.Count(clock => clock > 0));
            foreach (var (client, clock) in StateVector)
            {
                if (clock == 0)
                {
                    continue;
                }

                if (clock < originDoc.Store.GetState(client))
                {
                    originDoc.Store.GetItemCleanStart(transaction, new Id(client, clock));
                }

                if (!originDoc.Store.Clients.TryGetValue(client, out var structs) || structs.Count == 0)
                {
                    throw new InvalidOperationException($"The snapshot refers to client {client}, which the origin document has no content from.");
                }

                var lastStructIndex = StructStore.FindIndexSS(structs, clock - 1);
                encoder.RestEncoder.WriteVarUint(lastStructIndex + 1);
                encoder.WriteClient(client);
                encoder.RestEncoder.WriteVarUint(0);
                for (var i = 0; i <= lastStructIndex; i++)
                {
                    UpdateWriter.WriteStruct(encoder, structs[i], 0);
                }
            }

            DeleteSet.Write(encoder);
        });

        Y.ApplyUpdateV2(newDoc, encoder.ToArray(), "snapshot");
        return newDoc;
    }

    /// <summary>
    /// Splits items so that every snapshot boundary (state vector clocks, delete ranges) falls between
    /// items; then one item is either wholly visible in the snapshot or wholly not. The transaction
    /// merges the pieces back when it ends.
    /// </summary>
    internal void SplitAffectedStructs(Transaction transaction)
    {
        var store = transaction.Doc.Store;
        foreach (var (client, clock) in StateVector)
        {
            if (clock < store.GetState(client))
            {
                store.GetItemCleanStart(transaction, new Id(client, clock));
            }
        }

        foreach (var (client, deletes) in DeleteSet.Clients)
        {
            if (!store.Clients.TryGetValue(client, out var structs) || structs.Count == 0)
            {
                continue;
            }

            var last = structs[^1];
            var clockState = last.Id.Clock + last.Length;
            foreach (var delete in deletes)
            {
                if (delete.Clock >= clockState)
                {
                    break;
                }

                StructStore.IterateStructs(transaction, structs, delete.Clock, delete.Length, static _ => { });
            }
        }
    }

    public byte[] Encode() => Encode(new DSEncoderV1());

    public byte[] EncodeV2() => Encode(new DSEncoderV2());

    public static Snapshot Decode(byte[] bytes) => Decode(new DSDecoderV1(new Lib0Decoder(bytes)));

    public static Snapshot DecodeV2(byte[] bytes) => Decode(new DSDecoderV2(new Lib0Decoder(bytes)));

    public bool ContentEquals(Snapshot other)
    {
        if (StateVector.Count != other.StateVector.Count || DeleteSet.Clients.Count != other.DeleteSet.Clients.Count)
        {
            return false;
        }

        foreach (var (client, clock) in StateVector)
        {
            if (!other.StateVector.TryGetValue(client, out var otherClock) || otherClock != clock)
            {
                return false;
            }
        }

        foreach (var (client, items) in DeleteSet.Clients)
        {
            if (!other.DeleteSet.Clients.TryGetValue(client, out var otherItems) || !items.SequenceEqual(otherItems))
            {
                return false;
            }
        }

        return true;
    }

    private byte[] Encode(IDSEncoder encoder)
    {
        DeleteSet.Write(encoder);
        UpdateWriter.WriteStateVector(encoder, StateVector);
        return encoder.ToArray();
    }

    private static Snapshot Decode(IDSDecoder decoder)
    {
        var ds = DeleteSet.Read(decoder);
        var sv = ReadStateVector(decoder.RestDecoder);
        return new Snapshot(ds, sv);
    }

    private static Dictionary<long, long> ReadStateVector(Lib0Decoder decoder)
    {
        var sv = new Dictionary<long, long>();
        var count = Wire.ReadCount(decoder, "state vector entries");
        for (var i = 0; i < count; i++)
        {
            var client = decoder.ReadVarUint();
            sv[client] = decoder.ReadVarUint();
        }

        return sv;
    }
}
