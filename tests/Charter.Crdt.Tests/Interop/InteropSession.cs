using Charter.Crdt.Encoding.UpdateOps;
using Charter.Crdt.Protocols;

namespace Charter.Crdt.Tests.Interop;

/// <summary>
/// One seeded session: five peers (some C#, some yjs) make random edits while updates reach the
/// others in random order (a quarter of them as V2), sometimes twice, and peers drop offline (losing
/// what was sent meanwhile) and come back through a y-protocols sync step 1/step 2 exchange. At the
/// end everyone reconnects and syncs.
/// </summary>
internal sealed class InteropSession(int seed, YjsPeerProcess yjs)
{
    private const int PeerCount = 5;
    private readonly Random _random = new(seed);

    public List<InteropPeer> Peers { get; } = [];

    /// <summary>Every update any peer emitted, in emission order.</summary>
    public List<byte[]> EmittedUpdates { get; } = [];

    /// <summary>A random selection of the emitted updates in random order, with some repeated.</summary>
    public List<byte[]> ShuffledUpdateSample(Random random)
    {
        var sample = EmittedUpdates.Where(_ => random.Next(4) > 0).ToList();
        sample.AddRange(sample.Where(_ => random.Next(10) == 0).ToList());
        return sample.OrderBy(_ => random.Next()).ToList();
    }

    /// <summary>What the session exercised, so tests can show the random walk covered every path.</summary>
    public Dictionary<string, int> Counts { get; } = new()
    {
        ["C# edits"] = 0, ["yjs edits"] = 0, ["deliveries"] = 0, ["V2 deliveries"] = 0, ["duplicates"] = 0,
        ["disconnects"] = 0, ["reconnects"] = 0, ["C# pending after delivery"] = 0,
    };

    public void Run(int steps)
    {
        CreatePeers();
        for (var step = 0; step < steps; step++)
        {
            var roll = _random.Next(100);
            if (roll < 50)
            {
                Edit();
            }
            else if (roll < 85)
            {
                DeliverOne();
            }
            else if (roll < 93)
            {
                Disconnect();
            }
            else
            {
                Reconnect(Peers.Where(p => !p.Online).ToList());
            }
        }

        Finish();
    }

    private void CreatePeers()
    {
        var csharpCount = 1 + _random.Next(PeerCount - 1);
        var kinds = Enumerable.Range(0, PeerCount).Select(i => i < csharpCount).OrderBy(_ => _random.Next()).ToList();
        // Random 53-bit client ids, as Charter's docs use; yjs compares them as plain numbers.
        var ids = new HashSet<long>();
        while (ids.Count < PeerCount)
        {
            ids.Add(_random.NextInt64(1, 1L << 53));
        }

        yjs.Send(new() { ["cmd"] = "reset", ["peers"] = ids.Where((_, i) => !kinds[i]).Cast<object?>().ToList() });
        Peers.AddRange(ids.Select((id, i) => kinds[i] ? (InteropPeer)new CSharpPeer(id) : new YjsPeer(id, yjs)));
    }

    private void Edit()
    {
        var peer = Peers[_random.Next(Peers.Count)];
        var updates = peer.Perform(InteropOp.Random(_random));
        Counts[peer is CSharpPeer ? "C# edits" : "yjs edits"]++;
        EmittedUpdates.AddRange(updates);
        if (peer.Online)
        {
            Broadcast(peer, updates);
        }
    }

    private void Broadcast(InteropPeer sender, List<byte[]> updates)
    {
        foreach (var peer in Peers.Where(p => p != sender && p.Online))
        {
            peer.Inbox.AddRange(updates);
        }
    }

    private void DeliverOne()
    {
        var waiting = Peers.Where(p => p.Online && p.Inbox.Count > 0).ToList();
        if (waiting.Count == 0)
        {
            return;
        }

        var peer = waiting[_random.Next(waiting.Count)];
        var index = _random.Next(peer.Inbox.Count);
        if (_random.Next(4) == 0)
        {
            // Some deliveries travel as V2, converted by our document-free converter.
            peer.ApplyV2(Updates.ConvertUpdateFormatV1ToV2(peer.Inbox[index]));
            Counts["V2 deliveries"]++;
        }
        else
        {
            peer.Apply(peer.Inbox[index]);
        }

        Counts["deliveries"]++;
        if (peer is CSharpPeer { Doc.HasPending: true })
        {
            Counts["C# pending after delivery"]++;
        }

        if (_random.Next(10) > 0)
        {
            // Usually consumed; otherwise it stays and arrives again later (a duplicate).
            peer.Inbox.RemoveAt(index);
        }
        else
        {
            Counts["duplicates"]++;
        }
    }

    private void Disconnect()
    {
        var online = Peers.Where(p => p.Online).ToList();
        if (online.Count <= 1)
        {
            return;
        }

        var peer = online[_random.Next(online.Count)];
        peer.Online = false;
        peer.Inbox.Clear();
        Counts["disconnects"]++;
    }

    /// <summary>
    /// A returning peer sends step 1 to an online peer, applies the step 2 answer, then answers that
    /// peer's step 1 in turn; what it brought back is broadcast to the rest, as a server would.
    /// </summary>
    private void Reconnect(List<InteropPeer> offline)
    {
        if (offline.Count == 0)
        {
            return;
        }

        var peer = offline[_random.Next(offline.Count)];
        var online = Peers.Where(p => p.Online).ToList();
        var other = online[_random.Next(online.Count)];
        peer.Apply(Exchange(peer, other));
        var brought = Exchange(other, peer);
        other.Apply(brought);
        peer.Online = true;
        Broadcast(other, [brought]);
        Counts["reconnects"]++;
    }

    /// <summary>Step 1 from <paramref name="asking"/>, step 2 from <paramref name="answering"/>, through y-protocols framing.</summary>
    private static byte[] Exchange(InteropPeer asking, InteropPeer answering)
    {
        var step1 = ProtocolMessage.Decode(ProtocolMessage.EncodeSyncStep1(asking.StateVector())).Sync!;
        var step2 = ProtocolMessage.Decode(ProtocolMessage.EncodeSyncStep2(answering.Diff(step1.Payload))).Sync!;
        Assert.Equal(SyncMessageType.SyncStep2, step2.Type);
        return step2.Payload;
    }

    private void Finish()
    {
        while (Peers.Any(p => !p.Online))
        {
            Reconnect(Peers.Where(p => !p.Online).ToList());
        }

        while (Peers.Any(p => p.Inbox.Count > 0))
        {
            DeliverOne();
        }

        // Messages lost while peers were offline are recovered by a full sync round.
        foreach (var receiver in Peers)
        {
            foreach (var sender in Peers.Where(p => p != receiver))
            {
                receiver.Apply(Exchange(receiver, sender));
            }
        }
    }
}
