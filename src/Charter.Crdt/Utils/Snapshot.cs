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
