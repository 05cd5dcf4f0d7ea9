using Charter.Crdt.Types;

using Charter.Crdt.Utils;

namespace Charter.Crdt.Tests.Utils;

public sealed class DocTests
{
    [Fact]
    public void ApplyUpdate_ChangeWrittenWithOurClientId_MakesTheDocPickANewId()
    {
        var impostor = new Doc(7);
        impostor.GetText("t").Insert(0, "x");
        var doc = new Doc(7);

        Y.ApplyUpdate(doc, Y.EncodeStateAsUpdate(impostor));

        Assert.NotEqual(7, doc.ClientId);
        doc.GetText("t").Insert(1, "y");
        Assert.Equal("xy", doc.GetText("t").ToString());
    }

    [Fact]
    public void Set_Subdocument_RaisesSubdocsChangedAndSyncsItsGuid()
    {
        var doc = new Doc(1);
        SubdocsChange? change = null;
        doc.SubdocsChanged += (c, _) => change = c;

        doc.GetMap("docs").Set("annex", new Doc(2, guid: "annex-guid"));

        Assert.NotNull(change);
        Assert.Equal("annex-guid", Assert.Single(change.Added).Guid);
        var replica = new Doc(3);
        Y.ApplyUpdate(replica, Y.EncodeStateAsUpdate(doc));
        Assert.Equal("annex-guid", Assert.IsType<Doc>(replica.GetMap("docs").Get("annex")).Guid);
    }

    [Fact]
    public void GetText_RootFirstSeenInAnUpdate_TakesOverItsContent()
    {
        var source = new Doc(1);
        source.GetText("body").Insert(0, "already there");
        var doc = new Doc(2);

        Y.ApplyUpdate(doc, Y.EncodeStateAsUpdate(source));
        var text = doc.GetText("body");
        text.Insert(0, "> ");

        Assert.Equal("> already there", text.ToString());
    }

    [Fact]
    public void GetText_NameAlreadyUsedByAMap_Throws()
    {
        var doc = new Doc(1);
        doc.GetMap("meta");

        Assert.Throws<InvalidOperationException>(() => doc.GetText("meta"));
    }

    [Fact]
    public void ObserveDeep_NestedArrayChange_ReportsPathFromTheObservedType()
    {
        var doc = new Doc(1);
        var root = doc.GetMap("root");
        var list = new YArray();
        root.Set("list", list);
        var inner = new YMap();
        list.Push("a", inner);
        var paths = new List<string>();
        root.ObserveDeep((events, _) => paths.AddRange(events.Select(e => string.Join("/", e.Path))));

        inner.Set("k", 1);

        Assert.Equal(["list/1"], paths);
    }
}
