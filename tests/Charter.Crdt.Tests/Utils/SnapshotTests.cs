using Charter.Crdt.Structs;

namespace Charter.Crdt.Tests.Utils;

public sealed class SnapshotTests
{
    [Fact]
    public void EncodeSnapshot_DecodeSnapshot_RoundTripsStateVectorAndDeleteSet()
    {
        var doc = new Doc(1, gc: false);
        doc.GetText("t").Insert(0, "abcdef");
        doc.GetText("t").Delete(1, 2);
        var snapshot = Y.Snapshot(doc);

        var decoded = Y.DecodeSnapshot(Y.EncodeSnapshot(snapshot));
        var decodedV2 = Y.DecodeSnapshotV2(Y.EncodeSnapshotV2(snapshot));

        Assert.True(snapshot.ContentEquals(decoded));
        Assert.True(snapshot.ContentEquals(decodedV2));
        Assert.Equal(6, decoded.StateVector[1]);
    }

    [Fact]
    public void IsVisible_ItemsCreatedOrDeletedAfterTheSnapshot_AreJudgedByTheSnapshot()
    {
        var doc = new Doc(1, gc: false);
        var text = doc.GetText("t");
        text.Insert(0, "abc");
        var snapshot = Y.Snapshot(doc);
        text.Delete(0, 3);
        text.Insert(0, "xyz");

        var items = doc.Store.Clients[1].OfType<Item>().ToList();

        Assert.True(snapshot.IsVisible(items.Single(i => i.Id.Clock == 0)));
        Assert.False(snapshot.IsVisible(items.Single(i => i.Id.Clock == 3)));
    }

    [Fact]
    public void DecodeSnapshot_Garbage_ThrowsMalformed()
    {
        Assert.Throws<MalformedUpdateException>(() => Y.DecodeSnapshot([0x05, 0x01]));
    }
}
