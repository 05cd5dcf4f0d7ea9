using Charter.Crdt.Encoding;
using Charter.Crdt.Tests.TestSupport;

namespace Charter.Crdt.Tests.Utils;

public sealed class MalformedUpdateTests
{
    [Fact]
    public void ApplyUpdate_TruncatedUpdate_ThrowsAndLeavesDocUnchanged()
    {
        var doc = DocWithContent(out var before);
        var update = UpdateFromAnotherClient();

        for (var length = 0; length < update.Length; length++)
        {
            var truncated = update[..length];
            Assert.Throws<MalformedUpdateException>(() => Y.ApplyUpdate(doc, truncated));
            AssertUnchanged(doc, before);
        }
    }

    [Fact]
    public void ApplyUpdate_RandomBytes_ThrowsAndLeavesDocUnchanged()
    {
        var doc = DocWithContent(out var before);
        var random = new Random(11);
        var thrown = 0;
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(1, 64)];
            random.NextBytes(bytes);
            try
            {
                Y.ApplyUpdate(doc, bytes);
                before = Snapshot(doc);
            }
            catch (MalformedUpdateException)
            {
                thrown++;
                AssertUnchanged(doc, before);
            }
        }

        Assert.True(thrown > 1000, $"only {thrown} of 2000 random inputs were rejected");
    }

    [Fact]
    public void ApplyUpdate_StructReferringToItsOwnFutureClock_IsRejected()
    {
        var encoder = new UpdateEncoderV1();
        encoder.RestEncoder.WriteVarUint(1);
        encoder.RestEncoder.WriteVarUint(1);
        encoder.WriteClient(5);
        encoder.RestEncoder.WriteVarUint(0);
        encoder.WriteInfo(0b1000_0100);
        encoder.WriteLeftId(new Id(5, 3));
        encoder.WriteString("x");
        encoder.RestEncoder.WriteVarUint(0);
        var doc = DocWithContent(out var before);

        var error = Assert.Throws<MalformedUpdateException>(() => Y.ApplyUpdate(doc, encoder.ToArray()));

        Assert.Contains("later clock", error.Message);
        AssertUnchanged(doc, before);
    }

    [Fact]
    public void ApplyUpdate_HugeStructCount_IsRejectedWithoutAllocating()
    {
        var encoder = new UpdateEncoderV1();
        encoder.RestEncoder.WriteVarUint(1);
        encoder.RestEncoder.WriteVarUint(1L << 50);
        encoder.WriteClient(5);
        encoder.RestEncoder.WriteVarUint(0);
        var doc = DocWithContent(out var before);

        Assert.Throws<MalformedUpdateException>(() => Y.ApplyUpdate(doc, encoder.ToArray()));
        AssertUnchanged(doc, before);
    }

    [Fact]
    public void ApplyUpdate_ValidPartThenGarbageDeleteSet_AppliesNothing()
    {
        var source = new Doc(2);
        byte[]? update = null;
        source.Update += (u, _, _) => update = u;
        source.GetText("t").Insert(0, "inserted");
        Assert.Equal(0, update![^1]);

        // The last byte is the delete set's client count (0); claim two clients and supply one.
        var corrupted = update[..^1].Concat(new byte[] { 0x02, 0x01, 0x01, 0x00, 0x01 }).ToArray();
        var doc = DocWithContent(out var before);

        Assert.Throws<MalformedUpdateException>(() => Y.ApplyUpdate(doc, corrupted));

        AssertUnchanged(doc, before);
    }

    [Fact]
    public void ApplyUpdateV2_FormatValueWithoutJsonForm_IsRejected()
    {
        // V2 carries format values as "any", so it can say `undefined`; V1 (JSON) could never carry it again.
        var encoder = new UpdateEncoderV2();
        encoder.RestEncoder.WriteVarUint(1);
        encoder.RestEncoder.WriteVarUint(1);
        encoder.WriteClient(5);
        encoder.RestEncoder.WriteVarUint(0);
        encoder.WriteInfo(6);
        encoder.WriteParentInfo(true);
        encoder.WriteString("t");
        encoder.WriteKey("bold");
        encoder.WriteJson(Charter.Crdt.Lib0.Undefined.Value);
        encoder.RestEncoder.WriteVarUint(0);
        var doc = DocWithContent(out var before);

        var error = Assert.Throws<MalformedUpdateException>(() => Y.ApplyUpdateV2(doc, encoder.ToArray()));

        Assert.Contains("no JSON form", error.Message);
        AssertUnchanged(doc, before);
    }

    internal static Doc DocWithContent(out DocState before)
    {
        var doc = new Doc(1);
        doc.GetText("t").Insert(0, "hello world");
        doc.GetText("t").Delete(2, 3);
        doc.GetMap("m").Set("k", "v");
        before = Snapshot(doc);
        return doc;
    }

    internal static DocState Snapshot(Doc doc) =>
        new(doc.GetText("t").ToString(), Convert.ToHexString(Y.EncodeStateVector(doc)), Convert.ToHexString(Y.EncodeStateAsUpdate(doc)), doc.HasPending);

    internal static void AssertUnchanged(Doc doc, DocState before) => Assert.Equal(before, Snapshot(doc));

    private static byte[] UpdateFromAnotherClient()
    {
        var peers = new Peers(1, 2);
        peers.Docs[0].GetText("t").Insert(0, "hello world");
        peers.SyncAll();
        peers.Docs[1].Transact(_ =>
        {
            peers.Docs[1].GetText("t").Insert(3, "XYZ");
            peers.Docs[1].GetText("t").Delete(0, 2);
            peers.Docs[1].GetMap("m").Set("other", 1);
        });
        return peers.Log[^1].Update;
    }
}

internal sealed record DocState(string Text, string StateVector, string Encoded, bool HasPending);
