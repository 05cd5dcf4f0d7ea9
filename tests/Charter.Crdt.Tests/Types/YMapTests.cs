using Charter.Crdt.Tests.TestSupport;
using Charter.Crdt.Types;

namespace Charter.Crdt.Tests.Types;

public sealed class YMapTests
{
    [Fact]
    public void SetGetDelete_Values_BehaveLikeADictionary()
    {
        var map = new Doc(1).GetMap("m");

        map.Set("title", "Right to connect");
        map.Set("count", 3);
        map.Set("flag", true);
        map.Delete("flag");

        Assert.Equal("Right to connect", map.Get("title"));
        Assert.Equal(3L, map.Get("count"));
        Assert.False(map.ContainsKey("flag"));
        Assert.Equal(["title", "count"], map.Keys);
    }

    [Fact]
    public void Set_ConcurrentWritesToOneKey_HigherClientIdWinsEverywhere()
    {
        var peers = new Peers(5, 9);

        peers.Docs[1].GetMap("m").Set("k", "from 9");
        peers.Docs[0].GetMap("m").Set("k", "from 5");
        peers.SyncAll();

        Assert.Equal("from 9", peers.Docs[0].GetMap("m").Get("k"));
        peers.AssertConverged(d => d.GetMap("m").Get("k"));
    }

    [Fact]
    public void Set_NestedTypes_AreSharedAndObservableDeep()
    {
        var peers = new Peers(1, 2);
        var clause = new YMap();
        peers.Docs[0].GetMap("clauses").Set("c-a1b2", clause);
        var body = new YText();
        clause.Set("body", body);
        body.Insert(0, "Everyone");
        peers.SyncAll();
        var paths = new List<string>();
        peers.Docs[1].GetMap("clauses").ObserveDeep((events, _) => paths.AddRange(events.Select(e => string.Join("/", e.Path))));

        body.Insert(8, " has");
        Y.ApplyUpdate(peers.Docs[1], peers.Log[^1].Update);

        var remoteClause = Assert.IsType<YMap>(peers.Docs[1].GetMap("clauses").Get("c-a1b2"));
        Assert.Equal("Everyone has", remoteClause.Get("body")!.ToString());
        Assert.Equal(["c-a1b2/body"], paths);
    }

    [Fact]
    public void Observe_KeyChanges_ReportActionAndOldValue()
    {
        var map = new Doc(1).GetMap("m");
        map.Set("a", 1);
        map.Set("b", 2);
        var changes = new Dictionary<string, YMapKeyChange>();
        map.Observe((e, _) =>
        {
            foreach (var (key, change) in e.Keys)
            {
                changes[key] = change;
            }
        });

        map.Set("a", 10);
        map.Delete("b");
        map.Set("c", 3);

        Assert.Equal(new YMapKeyChange(YMapKeyAction.Update, 1L), changes["a"]);
        Assert.Equal(new YMapKeyChange(YMapKeyAction.Delete, 2L), changes["b"]);
        Assert.Equal(new YMapKeyChange(YMapKeyAction.Add, null), changes["c"]);
    }

    [Fact]
    public void Set_ValueLibZeroCannotEncode_ThrowsAndChangesNothing()
    {
        var doc = new Doc(1);
        var map = doc.GetMap("m");

        Assert.Throws<ArgumentException>(() => map.Set("when", DateTime.UnixEpoch));

        Assert.False(map.ContainsKey("when"));
        Assert.Empty(doc.Store.Clients);
    }
}
