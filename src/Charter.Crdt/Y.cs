using Charter.Crdt.Encoding;
using Charter.Crdt.Encoding.UpdateOps;
using Charter.Crdt.Lib0;
using Charter.Crdt.Utils;

namespace Charter.Crdt;

/// <summary>
/// The document-level operations of yjs under their yjs names: applying and encoding updates,
/// state vectors and snapshots.
/// </summary>
public static class Y
{
    /// <summary>
    /// Applies a V1 update. Malformed bytes throw <see cref="MalformedUpdateException"/> and leave the
    /// document exactly as it was; structs whose dependencies are missing wait as pending.
    /// </summary>
    public static void ApplyUpdate(Doc doc, byte[] update, object? origin = null)
    {
        var decoded = UpdateReader.Decode(new UpdateDecoderV1(new Lib0Decoder(update)), doc, update.Length);
        UpdateReader.Apply(doc, decoded, origin);
    }

    /// <summary>Applies a V2 update; see <see cref="ApplyUpdate"/>.</summary>
    public static void ApplyUpdateV2(Doc doc, byte[] update, object? origin = null)
    {
        var decoded = UpdateReader.Decode(CreateDecoderV2(update), doc, update.Length);
        UpdateReader.Apply(doc, decoded, origin);
    }

    /// <summary>Everything <paramref name="doc"/> has that a peer with <paramref name="encodedStateVector"/> lacks, as a V1 update.</summary>
    public static byte[] EncodeStateAsUpdate(Doc doc, byte[]? encodedStateVector = null) =>
        EncodeStateAsUpdate(doc, encodedStateVector, new UpdateEncoderV1());

    /// <summary>Like <see cref="EncodeStateAsUpdate"/>, in the V2 format.</summary>
    public static byte[] EncodeStateAsUpdateV2(Doc doc, byte[]? encodedStateVector = null) =>
        EncodeStateAsUpdate(doc, encodedStateVector, new UpdateEncoderV2());

    public static byte[] EncodeStateVector(Doc doc) => EncodeStateVector(doc.Store.GetStateVector());

    public static byte[] EncodeStateVector(IReadOnlyDictionary<long, long> stateVector) => StateVectors.Encode(stateVector);

    public static Dictionary<long, long> DecodeStateVector(byte[] encodedStateVector) => StateVectors.Decode(encodedStateVector);

    public static Snapshot Snapshot(Doc doc) => Utils.Snapshot.Of(doc);

    /// <summary>A new document holding what <paramref name="originDoc"/> (gc off) held at <paramref name="snapshot"/>.</summary>
    public static Doc CreateDocFromSnapshot(Doc originDoc, Snapshot snapshot, Doc? newDoc = null) => snapshot.CreateDoc(originDoc, newDoc);

    public static byte[] EncodeSnapshot(Snapshot snapshot) => snapshot.Encode();

    public static byte[] EncodeSnapshotV2(Snapshot snapshot) => snapshot.EncodeV2();

    public static Snapshot DecodeSnapshot(byte[] bytes) => Guard(() => Utils.Snapshot.Decode(bytes), "snapshot");

    public static Snapshot DecodeSnapshotV2(byte[] bytes) => Guard(() => Utils.Snapshot.DecodeV2(bytes), "snapshot");

    public static byte[] MergeUpdates(IReadOnlyList<byte[]> updates) => Updates.MergeUpdates(updates);

    public static byte[] MergeUpdatesV2(IReadOnlyList<byte[]> updates) => Updates.MergeUpdatesV2(updates);

    public static byte[] DiffUpdate(byte[] update, byte[] stateVector) => Updates.DiffUpdate(update, stateVector);

    public static byte[] DiffUpdateV2(byte[] update, byte[] stateVector) => Updates.DiffUpdateV2(update, stateVector);

    public static byte[] EncodeStateVectorFromUpdate(byte[] update) => Updates.EncodeStateVectorFromUpdate(update);

    public static byte[] EncodeStateVectorFromUpdateV2(byte[] update) => Updates.EncodeStateVectorFromUpdateV2(update);

    public static UpdateMeta ParseUpdateMeta(byte[] update) => Updates.ParseUpdateMeta(update);

    public static UpdateMeta ParseUpdateMetaV2(byte[] update) => Updates.ParseUpdateMetaV2(update);

    public static byte[] ConvertUpdateFormatV1ToV2(byte[] update) => Updates.ConvertUpdateFormatV1ToV2(update);

    public static byte[] ConvertUpdateFormatV2ToV1(byte[] update) => Updates.ConvertUpdateFormatV2ToV1(update);

    /// <summary>
    /// Writes the document's structs and delete set; pending structs and deletions are merged in,
    /// as yjs does, so a peer that receives the result can resolve them once it has the rest.
    /// </summary>
    private static byte[] EncodeStateAsUpdate(Doc doc, byte[]? encodedStateVector, IUpdateEncoder encoder)
    {
        var target = encodedStateVector is null ? new Dictionary<long, long>() : StateVectors.Decode(encodedStateVector);
        UpdateWriter.WriteStateAsUpdate(encoder, doc, target);
        var update = encoder.ToArray();
        var store = doc.Store;
        if (store.PendingDs is null && store.PendingStructs is null)
        {
            return update;
        }

        var isV1 = encoder is UpdateEncoderV1;
        var updates = new List<byte[]> { update };
        if (store.PendingDs is { } pendingDs)
        {
            var dsEncoder = new UpdateEncoderV2();
            dsEncoder.RestEncoder.WriteVarUint(0);
            pendingDs.Write(dsEncoder);
            updates.Add(dsEncoder.ToArray());
        }

        if (store.PendingStructs is { } pendingStructs)
        {
            updates.Add(Updates.DiffUpdateV2(pendingStructs.Update, encodedStateVector ?? [0]));
        }

        return isV1
            ? Updates.MergeUpdates([update, .. updates.Skip(1).Select(Updates.ConvertUpdateFormatV2ToV1)])
            : Updates.MergeUpdatesV2(updates);
    }

    private static UpdateDecoderV2 CreateDecoderV2(byte[] update)
    {
        try
        {
            return new UpdateDecoderV2(new Lib0Decoder(update));
        }
        catch (Exception e) when (e is not MalformedUpdateException and (ArgumentException or InvalidOperationException or OverflowException or IndexOutOfRangeException))
        {
            throw new MalformedUpdateException($"The V2 update header could not be decoded: {e.Message}", e);
        }
    }

    private static T Guard<T>(Func<T> decode, string what)
    {
        try
        {
            return decode();
        }
        catch (Exception e) when (e is not MalformedUpdateException and (ArgumentException or InvalidOperationException or OverflowException or IndexOutOfRangeException))
        {
            throw new MalformedUpdateException($"The {what} could not be decoded: {e.Message}", e);
        }
    }
}
