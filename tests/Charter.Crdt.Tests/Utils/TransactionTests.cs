using Charter.Crdt.Contents;
using Charter.Crdt.Structs;
using Charter.Crdt.Types;
using GC = Charter.Crdt.Structs.GC;

namespace Charter.Crdt.Tests.Utils;

public sealed class TransactionTests
{
    [Fact]
    public void Transact_SeveralEdits_RaisesOneUpdateWithTheOrigin()
    {
        var doc = new Doc(1);
        var updates = new List<(byte[] Update, object? Origin)>();
        doc.Update += (update, origin, _) => updates.Add((update, origin));
        var origin = new object();

        doc.Transact(
            _ =>
            {
                doc.GetText("t").Insert(0, "abc");
                doc.GetMap("m").Set("k", 1);
                doc.GetText("t").Delete(0, 1);
            },
            origin);

        var (update, updateOrigin) = Assert.Single(updates);
        Assert.Same(origin, updateOrigin);
        var replica = new Doc(2);
        Y.ApplyUpdate(replica, update);
        Assert.Equal("bc", replica.GetText("t").ToString());
        Assert.Equal(1L, replica.GetMap("m").Get("k"));
    }

    [Fact]
    public void Cleanup_SequentialTyping_MergesIntoOneItem()
    {
        var doc = new Doc(1);
        var text = doc.GetText("t");

        for (var i = 0; i < 100; i++)
        {
            text.Insert(i, "x");
        }

        var item = Assert.IsType<Item>(Assert.Single(doc.Store.Clients[1]));
        Assert.Equal(100, item.Length);
    }

    [Fact]
    public void Cleanup_GcOn_ReplacesDeletedTextWithContentDeleted()
    {
        var doc = new Doc(1);
        doc.GetText("t").Insert(0, "abcdef");

        doc.GetText("t").Delete(1, 3);

        var deleted = doc.Store.Clients[1].OfType<Item>().Single(i => i.Deleted);
        Assert.IsType<ContentDeleted>(deleted.Content);
        Assert.Equal(3, deleted.Length);
    }

    [Fact]
    public void Cleanup_GcOff_KeepsDeletedText()
    {
        var doc = new Doc(1, gc: false);
        doc.GetText("t").Insert(0, "abcdef");

        doc.GetText("t").Delete(1, 3);

        var deleted = doc.Store.Clients[1].OfType<Item>().Single(i => i.Deleted);
        Assert.Equal("bcd", Assert.IsType<ContentString>(deleted.Content).Str);
    }

    [Fact]
    public void Cleanup_DeletedNestedType_CollectsItsChildrenToGc()
    {
        var doc = new Doc(1);
        var inner = new YMap();
        doc.GetMap("m").Set("inner", inner);
        inner.Set("a", "value");

        doc.GetMap("m").Delete("inner");

        Assert.Contains(doc.Store.Clients[1], s => s is GC);
        Assert.False(doc.GetMap("m").ContainsKey("inner"));
    }

    [Fact]
    public void Delete_TypeNestedFiftyThousandDeep_NeitherDeleteNorToJsonOverflowsTheStack()
    {
        var source = new Doc(1);
        var root = source.GetArray("root");
        source.Transact(_ =>
        {
            var current = root;
            for (var i = 0; i < 50_000; i++)
            {
                var child = new YArray();
                current.Push(child);
                current = child;
            }
        });
        var replica = new Doc(2);
        Y.ApplyUpdate(replica, Y.EncodeStateAsUpdate(source));

        Assert.Throws<InsufficientExecutionStackException>(() => replica.GetArray("root").ToJson());

        root.Delete(0);
        Y.ApplyUpdate(replica, Y.EncodeStateAsUpdate(source, Y.EncodeStateVector(replica)));

        Assert.Equal(0, root.Length);
        Assert.Equal(0, replica.GetArray("root").Length);
        Assert.Equal(Y.EncodeStateAsUpdate(source), Y.EncodeStateAsUpdate(replica));
    }

    [Fact]
    public void Doc_DefaultConstructor_PicksDistinct53BitClientIds()
    {
        var ids = Enumerable.Range(0, 50).Select(_ => new Doc().ClientId).ToList();

        Assert.All(ids, id => Assert.InRange(id, 0, (1L << 53) - 1));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
