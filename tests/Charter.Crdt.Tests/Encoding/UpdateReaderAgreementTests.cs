using Charter.Crdt.Tests.TestSupport;
using Charter.Crdt.Types;

namespace Charter.Crdt.Tests.Encoding;

/// <summary>
/// The document's reader (ApplyUpdate) and the update-level reader (MergeUpdates, DiffUpdate, V1↔V2
/// conversion) must accept exactly the same bytes: an update the document accepted is stored, and
/// a later merge of it (the broadcast, a compaction) must not be the first to refuse it.
/// </summary>
public sealed class UpdateReaderAgreementTests
{
    private const int Inputs = 10_000;

    /// <summary>Info bytes that look plausible to one reader or the other: Skip and GC with flag bits, and unknown refs.</summary>
    private static readonly byte[] InfoLike = [0x00, 0x0A, 0x20, 0x2A, 0x40, 0x4A, 0x80, 0x8A, 0xC0, 0xEA, 0x0B, 0x1F, 0x04, 0x84, 0x27];

    [Fact]
    public void SkipWithAFlagBit_RefusedByEveryReader()
    {
        var wedge = WedgeUpdate();

        Assert.Equal(26, wedge.Length);
        Assert.Throws<MalformedUpdateException>(() => Y.ApplyUpdate(new Doc(), wedge));
        Assert.Throws<MalformedUpdateException>(() => Y.MergeUpdates([wedge, Other()]));
        Assert.Throws<MalformedUpdateException>(() => Y.DiffUpdate(wedge, Y.EncodeStateVector(new Doc())));
        Assert.Throws<MalformedUpdateException>(() => Y.ConvertUpdateFormatV1ToV2(wedge));
    }

    [Fact]
    public void GcWithAFlagBit_RefusedByEveryReader()
    {
        // One client, one GC struct of length 3 with the parent-sub bit, an empty delete set.
        byte[] update = [1, 1, 7, 0, 0x20, 3, 0];

        Assert.Throws<MalformedUpdateException>(() => Y.ApplyUpdate(new Doc(), update));
        Assert.Throws<MalformedUpdateException>(() => Y.MergeUpdates([update, Other()]));
        Assert.Throws<MalformedUpdateException>(() => Y.ConvertUpdateFormatV1ToV2(update));
    }

    [Fact]
    public void MutatedRealUpdates_DocAcceptsExactlyWhatMergeDiffAndConversionAccept()
    {
        var random = new Random(20261204);
        var seeds = Seeds();
        var other = Other();
        var otherState = Y.EncodeStateVectorFromUpdate(other);
        var accepted = 0;
        for (var i = 0; i < Inputs; i++)
        {
            var input = Mutate(random, seeds[random.Next(seeds.Count)]);
            var docError = Attempt(() => Y.ApplyUpdate(new Doc(1000), input));
            var opsError = Attempt(() =>
            {
                var merged = Y.MergeUpdates([input, other]);
                Y.MergeUpdates([other, input]);
                Y.DiffUpdate(input, otherState);
                var v2 = Y.ConvertUpdateFormatV1ToV2(input);
                Y.ConvertUpdateFormatV2ToV1(v2);
                Y.EncodeStateVectorFromUpdate(input);
                // What the operations produce from an accepted update is accepted again.
                Y.ApplyUpdate(new Doc(1001), merged);
                Y.ApplyUpdateV2(new Doc(1002), v2);
            });

            Assert.True(
                (docError is null) == (opsError is null),
                $"Input {i} ({Convert.ToHexString(input)}): the Doc {(docError is null ? "accepted it" : $"refused it ({docError})")}, the update operations {(opsError is null ? "accepted it" : $"refused it ({opsError})")}.");
            accepted += docError is null ? 1 : 0;
        }

        Assert.InRange(accepted, Inputs / 20, Inputs - (Inputs / 4));
    }

    /// <summary>Null when <paramref name="operation"/> ran; the problem when it refused the input. Anything else fails the test.</summary>
    private static string? Attempt(Action operation)
    {
        try
        {
            operation();
            return null;
        }
        catch (MalformedUpdateException refused)
        {
            return refused.Message;
        }
    }

    /// <summary>
    /// A 26-byte V1 update: client 1 with a one-character string item, then a struct whose info byte is
    /// 0x2A (a Skip ref with the parent-sub bit), then an empty delete set.
    /// </summary>
    internal static byte[] WedgeUpdate()
    {
        var doc = new Doc(1);
        doc.GetText("t").Insert(0, "a");
        var update = Y.EncodeStateAsUpdate(doc);
        // [clients=1][structs=1][client=1][clock=0][item ...][ds clients=0]: claim two structs and append a flagged Skip of length 1.
        var bytes = update.ToList();
        bytes[1] = 2;
        bytes.InsertRange(bytes.Count - 1, [0x2A, 0x01]);
        while (bytes.Count < 26)
        {
            // Pad the skipped length with a longer varuint encoding of the same value: 1 = 0x81 0x80 … 0x00.
            var at = bytes.Count - 2;
            bytes[at] = (byte)(bytes[at] | 0x80);
            bytes.Insert(at + 1, 0x00);
        }

        return [.. bytes];
    }

    private static byte[] Other()
    {
        var doc = new Doc(99);
        doc.GetText("t").Insert(0, "other");
        return Y.EncodeStateAsUpdate(doc);
    }

    private static List<byte[]> Seeds()
    {
        var peers = new Peers(1, 2, 3);
        peers.Docs[0].GetText("t").Insert(0, "Everyone has the right to connect.");
        peers.SyncAll();
        peers.Docs[1].GetText("t").Insert(9, "really ");
        peers.Docs[2].GetText("t").Delete(0, 9);
        peers.Docs[1].GetText("t").Format(0, 5, new() { ["bold"] = true });
        peers.Docs[2].GetMap("m").Set("k", new Dictionary<string, object?> { ["n"] = 1.5, ["l"] = new List<object?> { "a", null } });
        peers.Docs[2].GetArray("a").Push(1L, new byte[] { 1, 2, 3 }, new YMap());
        peers.Docs[0].GetMap("clauses").Set("c-1", new YMap());
        peers.SyncAll();
        var seeds = peers.Log.Select(l => l.Update).ToList();
        seeds.Add(Y.EncodeStateAsUpdate(peers.Docs[1]));
        seeds.Add(WedgeUpdate());
        return seeds;
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var bytes = seed.ToList();
        var mutations = random.Next(1, 3);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[at] = InfoLike[random.Next(InfoLike.Length)];
                    break;
                case 2:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 3:
                    bytes.Insert(at, InfoLike[random.Next(InfoLike.Length)]);
                    break;
                default:
                    bytes.RemoveAt(at);
                    break;
            }
        }

        return [.. bytes];
    }
}
