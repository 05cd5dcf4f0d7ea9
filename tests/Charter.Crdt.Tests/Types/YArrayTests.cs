using Charter.Crdt.Tests.TestSupport;
using Charter.Crdt.Types;

namespace Charter.Crdt.Tests.Types;

public sealed class YArrayTests
{
    [Fact]
    public void InsertPushDelete_Values_KeepOrder()
    {
        var array = new Doc(1).GetArray("order");

        array.Push("c-a", "c-b");
        array.Insert(1, "c-x", 42L, new byte[] { 1, 2 });
        array.Delete(0);

        Assert.Equal(4, array.Length);
        Assert.Equal("c-x", array.Get(0));
        Assert.Equal(42L, array.Get(1));
        Assert.Equal(new byte[] { 1, 2 }, array.Get(2));
        Assert.Equal("c-b", array.Get(3));
    }

    [Fact]
    public void Get_ManyItemsAfterRandomEdits_MatchesAPlainList()
    {
        var random = new Random(7);
        var array = new Doc(1).GetArray("a");
        var expected = new List<object?>();
        for (var i = 0; i < 2000; i++)
        {
            if (expected.Count > 0 && random.Next(3) == 0)
            {
                var at = random.Next(expected.Count);
                array.Delete(at);
                expected.RemoveAt(at);
            }
            else
            {
                var at = random.Next(expected.Count + 1);
                array.Insert(at, (long)i);
                expected.Insert(at, (long)i);
            }

            var probe = random.Next(expected.Count);
            Assert.Equal(expected[probe], array.Get(probe));
        }

        Assert.Equal(expected, array.ToArray());
    }

    [Fact]
    public void Insert_ConcurrentAtSameIndex_ConvergesWithLowerClientFirst()
    {
        var peers = new Peers(3, 7);
        peers.Docs[0].GetArray("a").Push("x");
        peers.SyncAll();

        peers.Docs[1].GetArray("a").Insert(1, "from 7");
        peers.Docs[0].GetArray("a").Insert(1, "from 3");
        peers.SyncAll();

        Assert.Equal(["x", "from 3", "from 7"], peers.Docs[1].GetArray("a").ToArray());
        peers.AssertConverged(d => string.Join(",", d.GetArray("a").ToArray()));
    }

    [Fact]
    public void Observe_Insertions_DeltaListsInsertedValues()
    {
        var array = new Doc(1).GetArray("a");
        array.Push(1L, 2L, 3L);
        IReadOnlyList<DeltaOp>? delta = null;
        array.Observe((e, _) => delta = e.Delta);

        array.Doc!.Transact(_ =>
        {
            array.Delete(0);
            array.Insert(1, 9L);
        });

        Assert.NotNull(delta);
        Assert.Equal(3, delta.Count);
        Assert.Equal(1, delta[0].Delete);
        Assert.Equal(1, delta[1].Retain);
        Assert.Equal([9L], Assert.IsType<List<object?>>(delta[2].Insert));
    }

    [Fact]
    public void Insert_XmlNodesCreatedLocally_SyncToAnotherDoc()
    {
        var peers = new Peers(1, 2);
        var fragment = peers.Docs[0].GetXmlFragment("pm");
        var paragraph = new YXmlElement("paragraph");
        fragment.Insert(0, paragraph);
        paragraph.SetAttribute("id", "p-1");
        var text = new YXmlText();
        paragraph.Insert(0, text);
        text.Insert(0, "Hi there");
        text.Format(3, 5, new() { ["strong"] = new Dictionary<string, object?>() });

        peers.SyncAll();

        Assert.Equal("<paragraph id=\"p-1\">Hi <strong>there</strong></paragraph>", peers.Docs[1].GetXmlFragment("pm").ToString());
    }

    [Fact]
    public void Insert_OneValueLibZeroCannotEncode_InsertsNoneOfTheValues()
    {
        var array = new Doc(1).GetArray("a");
        array.Push("x");

        Assert.Throws<ArgumentException>(() => array.Insert(1, "y", 2L, new object()));

        Assert.Equal(["x"], array.ToArray());
        array.Insert(1, "z");
        Assert.Equal(["x", "z"], array.ToArray());
    }
}
