using Charter.Crdt.Tests.TestSupport;

namespace Charter.Crdt.Tests.Structs;

public sealed class ItemIntegrationTests
{
    [Fact]
    public void Integrate_ConcurrentInsertsAtSamePosition_ConvergeInBothDeliveryOrders()
    {
        var peers = new Peers(1, 2);
        peers.Docs[0].GetText("t").Insert(0, "abc");
        peers.SyncAll();
        peers.Docs[0].GetText("t").Insert(1, "X");
        peers.Docs[1].GetText("t").Insert(1, "Y");
        var fromA = peers.Log[^2].Update;
        var fromB = peers.Log[^1].Update;

        peers.Deliver(1, [fromA]);
        peers.Deliver(0, [fromB]);

        // Equal origins: the lower client id is placed first, as in yjs.
        Assert.Equal("aXYbc", peers.Docs[0].GetText("t").ToString());
        peers.AssertConverged(d => d.GetText("t").ToString());
    }

    [Fact]
    public void Integrate_ThreeClientsInAllDeliveryOrders_ConvergeToOneOrder()
    {
        var results = new HashSet<string>();
        foreach (var order in Permutations([0, 1, 2]))
        {
            var peers = new Peers(10, 20, 30);
            peers.Docs[0].GetText("t").Insert(0, "--");
            peers.SyncAll();
            peers.Docs[0].GetText("t").Insert(1, "aa");
            peers.Docs[1].GetText("t").Insert(1, "bb");
            peers.Docs[2].GetText("t").Insert(1, "cc");
            peers.Docs[1].GetText("t").Insert(2, "B");
            var updates = peers.Log.Skip(1).ToList();
            var observer = new Doc(99);
            Y.ApplyUpdate(observer, peers.Log[0].Update);

            foreach (var from in order)
            {
                foreach (var (sender, update) in updates.Where(u => u.From == from))
                {
                    Y.ApplyUpdate(observer, update);
                }
            }

            results.Add(observer.GetText("t").ToString());
        }

        Assert.Equal(["-aabBbcc-"], results);
    }

    [Fact]
    public void Integrate_InsertIntoConcurrentlyDeletedRange_KeepsTheInsertEverywhere()
    {
        var peers = new Peers(1, 2);
        peers.Docs[0].GetText("t").Insert(0, "hello world");
        peers.SyncAll();

        peers.Docs[0].GetText("t").Delete(2, 6);
        peers.Docs[1].GetText("t").Insert(5, "!!");
        peers.SyncAll();

        Assert.Equal("he!!rld", peers.Docs[0].GetText("t").ToString());
        peers.AssertConverged(d => d.GetText("t").ToString());
    }

    [Fact]
    public void Integrate_RandomEditsWithRandomDelivery_AllPeersConverge()
    {
        var random = new Random(4242);
        for (var round = 0; round < 20; round++)
        {
            var peers = new Peers(1, 2, 3, 4);
            for (var step = 0; step < 60; step++)
            {
                var peer = random.Next(peers.Docs.Length);
                var text = peers.Docs[peer].GetText("t");
                var array = peers.Docs[peer].GetArray("a");
                var map = peers.Docs[peer].GetMap("m");
                switch (random.Next(6))
                {
                    case 0 or 1:
                        text.Insert(random.Next(text.Length + 1), new string((char)('a' + random.Next(26)), random.Next(1, 4)));
                        break;
                    case 2 when text.Length > 0:
                        var at = random.Next(text.Length);
                        text.Delete(at, Math.Min(text.Length - at, random.Next(1, 4)));
                        break;
                    case 3:
                        array.Insert(random.Next(array.Length + 1), (long)step, "s" + step);
                        break;
                    case 4 when array.Length > 0:
                        array.Delete(random.Next(array.Length));
                        break;
                    default:
                        map.Set("k" + random.Next(3), (long)step);
                        break;
                }

                if (random.Next(4) == 0)
                {
                    var to = random.Next(peers.Docs.Length);
                    var updates = peers.Log.Where(u => u.From != to).Select(u => u.Update).OrderBy(_ => random.Next()).ToList();
                    peers.Deliver(to, updates);
                }
            }

            peers.SyncAll();
            peers.AssertConverged(d => d.GetText("t") + "|" + string.Join(",", d.GetArray("a").ToArray()) + "|" + string.Join(",", d.GetMap("m").ToDictionary().OrderBy(kv => kv.Key)));
            Assert.All(peers.Docs, d => Assert.False(d.HasPending));
        }
    }

    private static IEnumerable<int[]> Permutations(int[] items) =>
        items.Length <= 1
            ? [items]
            : items.SelectMany(item => Permutations(items.Where(i => i != item).ToArray()).Select(rest => new[] { item }.Concat(rest).ToArray()));
}
