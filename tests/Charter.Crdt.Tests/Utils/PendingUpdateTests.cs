using Charter.Crdt.Tests.TestSupport;

namespace Charter.Crdt.Tests.Utils;

public sealed class PendingUpdateTests
{
    [Fact]
    public void ApplyUpdate_OutOfOrder_KeepsPendingThenResolves()
    {
        var (first, second, third) = ThreeEdits();
        var doc = new Doc(9);

        Y.ApplyUpdate(doc, third);
        Y.ApplyUpdate(doc, second);

        Assert.True(doc.HasPending);
        Assert.Equal(string.Empty, doc.GetText("t").ToString());
        Assert.Empty(Y.DecodeStateVector(Y.EncodeStateVector(doc)));

        Y.ApplyUpdate(doc, first);

        Assert.False(doc.HasPending);
        Assert.Equal("abc!", doc.GetText("t").ToString());
    }

    [Fact]
    public void ApplyUpdate_DeleteBeforeInsert_DeletesOnceTheInsertArrives()
    {
        var peers = new Peers(1, 2);
        peers.Docs[0].GetText("t").Insert(0, "hello");
        var insert = peers.Log[^1].Update;
        Y.ApplyUpdate(peers.Docs[1], insert);
        peers.Docs[1].GetText("t").Delete(0, 2);
        var delete = peers.Log[^1].Update;
        var doc = new Doc(9);

        Y.ApplyUpdate(doc, delete);
        Assert.True(doc.HasPending);
        Y.ApplyUpdate(doc, insert);

        Assert.False(doc.HasPending);
        Assert.Equal("llo", doc.GetText("t").ToString());
    }

    [Fact]
    public void EncodeStateAsUpdate_WithPendingStructs_CarriesThemToAnotherPeer()
    {
        var (first, second, third) = ThreeEdits();
        var relay = new Doc(8);
        Y.ApplyUpdate(relay, third);

        var receiver = new Doc(9);
        Y.ApplyUpdate(receiver, first);
        Y.ApplyUpdate(receiver, second);
        Y.ApplyUpdate(receiver, Y.EncodeStateAsUpdate(relay));

        Assert.Equal("abc!", receiver.GetText("t").ToString());
        Assert.False(receiver.HasPending);
    }

    [Fact]
    public void ApplyUpdateV2_OutOfOrder_KeepsPendingThenResolves()
    {
        var source = new Doc(1);
        var updates = new List<byte[]>();
        source.UpdateV2 += (update, _, _) => updates.Add(update);
        source.GetArray("a").Push("x");
        source.GetArray("a").Push("y");
        var doc = new Doc(9);

        Y.ApplyUpdateV2(doc, updates[1]);
        Assert.True(doc.HasPending);
        Y.ApplyUpdateV2(doc, updates[0]);

        Assert.False(doc.HasPending);
        Assert.Equal(["x", "y"], doc.GetArray("a").ToArray());
    }

    private static (byte[] First, byte[] Second, byte[] Third) ThreeEdits()
    {
        var source = new Doc(1);
        var updates = new List<byte[]>();
        source.Update += (update, _, _) => updates.Add(update);
        var text = source.GetText("t");
        text.Insert(0, "ab");
        text.Insert(2, "c");
        text.Insert(3, "!");
        return (updates[0], updates[1], updates[2]);
    }
}
