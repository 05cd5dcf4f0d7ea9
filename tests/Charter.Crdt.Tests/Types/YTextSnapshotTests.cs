using Charter.Crdt.Types;

namespace Charter.Crdt.Tests.Types;

public sealed class YTextSnapshotTests
{
    [Fact]
    public void ToDelta_SnapshotBeforeInsertsAndDeletes_GivesTheOldText()
    {
        var doc = new Doc(1, gc: false);
        var text = doc.GetText("t");
        text.Insert(0, "The right to connect");
        text.Format(4, 5, new() { ["bold"] = true });
        var snapshot = Y.Snapshot(doc);
        text.Delete(4, 6);
        text.Insert(4, "freedom ");
        text.Insert(text.Length, " freely");

        Assert.Equal("The freedom to connect freely", text.ToString());
        Assert.Equal("The right to connect", text.ToString(snapshot));
        Assert.Equal(
            [DeltaOp.InsertOp("The "), DeltaOp.InsertOp("right", new() { ["bold"] = true }), DeltaOp.InsertOp(" to connect")],
            text.ToDelta(snapshot));
        Assert.Equal("The freedom to connect freely", text.ToString());
    }

    [Fact]
    public void ToString_DecodedSnapshot_StillGivesTheOldText()
    {
        var doc = new Doc(1, gc: false);
        var text = doc.GetText("t");
        text.Insert(0, "abcdef");
        text.Delete(0, 1);
        var encoded = Y.EncodeSnapshot(Y.Snapshot(doc));
        text.Delete(1, 3);
        text.Insert(0, "xy");

        Assert.Equal("xybf", text.ToString());
        Assert.Equal("bcdef", text.ToString(Y.DecodeSnapshot(encoded)));
        Assert.Equal("bcdef", text.ToString(Y.DecodeSnapshotV2(Y.EncodeSnapshotV2(Y.DecodeSnapshot(encoded)))));
    }

    /// <summary>yjs 13.6 gives this order too: text typed where text was deleted lands after the deleted run.</summary>
    [Fact]
    public void ToDelta_PrevSnapshot_MarksAddedAndRemovedRuns()
    {
        var doc = new Doc(1, gc: false);
        var text = doc.GetText("t");
        text.Insert(0, "keep gone");
        var before = Y.Snapshot(doc);
        text.Delete(4, 5);
        text.Insert(4, " new");
        var after = Y.Snapshot(doc);

        var delta = text.ToDelta(after, before, (type, id) => new() { ["type"] = type, ["user"] = id.Client });

        Assert.Equal(["keep", " gone", " new"], delta.Select(op => op.Insert));
        Assert.Null(delta[0].Attributes);
        Assert.Equal(new Dictionary<string, object?> { ["type"] = "removed", ["user"] = 1L }, delta[1].Attributes!["ychange"]);
        Assert.Equal(new Dictionary<string, object?> { ["type"] = "added", ["user"] = 1L }, delta[2].Attributes!["ychange"]);
    }

    [Fact]
    public void ToDelta_Snapshot_LeavesTheDocumentBytesUnchanged()
    {
        var doc = new Doc(1, gc: false);
        var text = doc.GetText("t");
        text.Insert(0, "abcdef");
        var snapshot = Y.Snapshot(doc);
        text.Delete(2, 2);
        text.Insert(3, "zz");
        var before = Y.EncodeStateAsUpdate(doc);

        text.ToDelta(snapshot);

        Assert.Equal(before, Y.EncodeStateAsUpdate(doc));
    }

    [Fact]
    public void ToDelta_SnapshotOnGcDocument_ThrowsInvalidOperation()
    {
        var doc = new Doc(1);
        doc.GetText("t").Insert(0, "abc");
        var snapshot = Y.Snapshot(doc);

        var error = Assert.Throws<InvalidOperationException>(() => doc.GetText("t").ToDelta(snapshot));
        Assert.Contains("garbage collection", error.Message);
    }

    [Fact]
    public void CreateDocFromSnapshot_GcOffOrigin_RestoresTheOldText()
    {
        var doc = new Doc(1, gc: false);
        var text = doc.GetText("t");
        text.Insert(0, "world!");
        var snapshot = Y.Snapshot(doc);
        text.Insert(0, "hello ");
        text.Delete(7, 2);

        var restored = Y.CreateDocFromSnapshot(doc, snapshot);

        Assert.Equal("world!", restored.GetText("t").ToString());
        Assert.Equal("hello wld!", text.ToString());
    }

    [Fact]
    public void CreateDocFromSnapshot_GcOrigin_ThrowsInvalidOperation()
    {
        var doc = new Doc(1);
        doc.GetText("t").Insert(0, "abc");

        Assert.Throws<InvalidOperationException>(() => Y.CreateDocFromSnapshot(doc, Y.Snapshot(doc)));
    }
}
