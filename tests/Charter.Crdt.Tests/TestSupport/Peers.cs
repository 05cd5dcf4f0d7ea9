namespace Charter.Crdt.Tests.TestSupport;

/// <summary>
/// Simulated peers: each document's updates are captured, and tests decide when and in which order
/// each peer receives the others' updates.
/// </summary>
internal sealed class Peers
{
    private readonly List<(int From, byte[] Update)> _log = [];

    public Peers(params long[] clientIds)
    {
        Docs = clientIds.Select(id => new Doc(id)).ToArray();
        for (var i = 0; i < Docs.Length; i++)
        {
            var from = i;
            Docs[i].Update += (update, origin, _) =>
            {
                if (origin is not Peers)
                {
                    _log.Add((from, update));
                }
            };
        }
    }

    public Doc[] Docs { get; }

    /// <summary>Updates made so far, in the order they were made.</summary>
    public IReadOnlyList<(int From, byte[] Update)> Log => _log;

    /// <summary>Delivers every update made by others that <paramref name="to"/> has not received, in the given order.</summary>
    public void Deliver(int to, IEnumerable<byte[]> updates)
    {
        foreach (var update in updates)
        {
            Y.ApplyUpdate(Docs[to], update, this);
        }
    }

    /// <summary>Full state exchange between every pair, like a sync step 1/2 round.</summary>
    public void SyncAll()
    {
        for (var i = 0; i < Docs.Length; i++)
        {
            for (var j = 0; j < Docs.Length; j++)
            {
                if (i != j)
                {
                    Y.ApplyUpdate(Docs[j], Y.EncodeStateAsUpdate(Docs[i], Y.EncodeStateVector(Docs[j])), this);
                }
            }
        }
    }

    /// <summary>Asserts that all peers hold the same content, state vector and encoded state.</summary>
    public void AssertConverged(Func<Doc, object?> content)
    {
        var first = Docs[0];
        foreach (var doc in Docs.Skip(1))
        {
            Assert.Equal(content(first), content(doc));
            Assert.Equal(Y.EncodeStateVector(first), Y.EncodeStateVector(doc));
            Assert.Equal(Y.EncodeStateAsUpdate(first), Y.EncodeStateAsUpdate(doc));
        }
    }
}
