using Charter.Crdt;
using Charter.Domain.Documents;
using Charter.Crdt.Protocols;
using Charter.Web.Collaboration.Wire;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Tests.Collaboration;

/// <summary>The hub on real Kestrel and SQLite, driven by .NET SignalR clients holding Charter.Crdt docs.</summary>
public sealed class CharterHubTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private KestrelCharterServer _server = null!;
    private string _charter = "";
    private string _clauseId = "";

    public async Task InitializeAsync()
    {
        _server = KestrelCharterServer.Start(_database);
        _charter = await _server.CharterNameAsync();
        _clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Join_EmptyDoc_ReceivesWholeCharterServerStateVectorAndNoPresence()
    {
        await using var peer = await CrdtPeer.JoinAsync(_server, _charter);

        Assert.Equal(RepositoryDrafts.Load()[0].Source, peer.Read(CharterDocument.ReadSource));
        Assert.Empty(AwarenessFrame.Read(peer.JoinAwareness));
    }

    [Fact]
    public async Task Join_ReplyFrames_AreStep2ThenStep1()
    {
        await using var connection = await _server.ConnectAsync();

        var reply = await connection.InvokeAsync<byte[][]>("Join", _charter, SyncFrame.WriteStep1(Y.EncodeStateVector(new Doc())));

        Assert.Equal(3, reply.Length);
        Assert.Equal(SyncMessageType.SyncStep2, SyncFrame.Read(reply[0]).Type);
        var serverStep1 = SyncFrame.Read(reply[1]);
        Assert.Equal(SyncMessageType.SyncStep1, serverStep1.Type);
        Assert.Equal(Y.EncodeStateVectorFromUpdate(SyncFrame.Read(reply[0]).Payload), serverStep1.Payload);
    }

    [Fact]
    public async Task Join_UnknownCharter_FailsNamingIt()
    {
        await using var connection = await _server.ConnectAsync();

        var error = await Assert.ThrowsAsync<HubException>(() =>
            connection.InvokeAsync<byte[][]>("Join", "no-such-charter", SyncFrame.WriteStep1(Y.EncodeStateVector(new Doc()))));

        Assert.Contains("no-such-charter", error.Message);
    }

    [Fact]
    public async Task Join_MalformedStateVector_FailsAndLeavesCallerOutsideTheCharter()
    {
        await using var connection = await _server.ConnectAsync();

        var error = await Assert.ThrowsAsync<HubException>(() =>
            connection.InvokeAsync<byte[][]>("Join", _charter, SyncFrame.WriteStep1([0x05, 0x01])));
        var awareness = await Assert.ThrowsAsync<HubException>(() =>
            connection.InvokeAsync("Awareness", _charter, AwarenessFrame.Write([new AwarenessEntry(1, 1, "{}")])));

        Assert.Contains("Malformed", error.Message);
        Assert.Contains("Join", awareness.Message);
    }

    [Fact]
    public async Task Update_FromOnePeer_ReachesOthersButIsNotEchoedToSender()
    {
        await using var alice = await CrdtPeer.JoinAsync(_server, _charter);
        await using var bob = await CrdtPeer.JoinAsync(_server, _charter);

        await alice.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, "Alice: "));
        await Eventually.TrueAsync(
            () => bob.Read(doc => CrdtPeer.Body(doc, _clauseId).ToString()).StartsWith("Alice: ", StringComparison.Ordinal),
            () => "Bob never saw Alice's edit");
        await bob.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, "Bob. "));
        await Eventually.TrueAsync(
            () => alice.Read(doc => CrdtPeer.Body(doc, _clauseId).ToString()).StartsWith("Bob. Alice: ", StringComparison.Ordinal),
            () => "Alice never saw Bob's edit");

        // The server sends to one connection in order: had Alice's own update come back, it would
        // have arrived before Bob's.
        var aliceGot = Assert.Single(alice.Received);
        Assert.Contains("Bob. ", System.Text.Encoding.UTF8.GetString(SyncFrame.Read(aliceGot).Payload));
        Assert.Single(bob.Received);
    }

    [Fact]
    public async Task Update_BurstsFromFivePeersAtOnce_EveryoneConvergesAndNoneReceivesItsOwnEdits()
    {
        var peers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => CrdtPeer.JoinAsync(_server, _charter)));
        try
        {
            // Sent without waiting for each acknowledgement, so the session commits and merges them in batches.
            await Task.WhenAll(peers.SelectMany((peer, p) => Enumerable.Range(0, 30).Select(i =>
                peer.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, $"[{p}:{i}]")))));

            var expected = Y.EncodeStateVector(peers[0].Doc);
            await Eventually.TrueAsync(
                () => peers.All(p => p.Read(doc => CrdtPeer.Body(doc, _clauseId).Length) == peers[0].Read(doc => CrdtPeer.Body(doc, _clauseId).Length)
                    && p.Read(doc => CrdtPeer.Body(doc, _clauseId).ToString().Split('[').Length) == 151),
                () => "the peers never all held the 150 edits");
            foreach (var peer in peers)
            {
                Assert.All(peer.Received, frame =>
                    Assert.DoesNotContain(peer.Doc.ClientId, Y.ParseUpdateMeta(SyncFrame.Read(frame).Payload).From.Keys));
            }

            var texts = peers.Select(p => p.Read(doc => CrdtPeer.Body(doc, _clauseId).ToString())).Distinct();
            Assert.Single(texts);
        }
        finally
        {
            foreach (var peer in peers)
            {
                await peer.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Update_Acknowledged_IsAlreadyCommittedToTheLog()
    {
        await using var peer = await CrdtPeer.JoinAsync(_server, _charter);
        byte[]? sent = null;

        var sequence = await peer.EditAsync(doc =>
        {
            var before = Y.EncodeStateVector(doc);
            CrdtPeer.Body(doc, _clauseId).Insert(0, "Durable. ");
            sent = Y.EncodeStateAsUpdate(doc, before);
        });

        await using var db = _database.OpenContext();
        var row = await db.Updates.SingleAsync(u => u.Sequence == sequence);
        Assert.Equal(sent, row.Update);
        Assert.Equal(peer.Doc.ClientId, row.ClientId);
    }

    [Fact]
    public async Task Update_Malformed_FailsForSenderOnlyAndChangesNothing()
    {
        await using var mallory = await CrdtPeer.JoinAsync(_server, _charter);
        await using var bob = await CrdtPeer.JoinAsync(_server, _charter);
        var stateBefore = await ServerStateAsync();
        var rowsBefore = await LogRowCountAsync();

        var truncated = await Assert.ThrowsAsync<HubException>(() =>
            mallory.Connection.InvokeAsync<long>("Update", _charter, SyncFrame.WriteUpdate([0x01, 0x05, 0xff, 0xff, 0xff])));
        var notAFrame = await Assert.ThrowsAsync<HubException>(() =>
            mallory.Connection.InvokeAsync<long>("Update", _charter, new byte[] { 0x07, 0x00 }));
        var step1 = await Assert.ThrowsAsync<HubException>(() =>
            mallory.Connection.InvokeAsync<long>("Update", _charter, SyncFrame.WriteStep1([0])));

        Assert.Contains("Malformed", truncated.Message);
        Assert.Contains("Unknown sync message type 7", notAFrame.Message);
        Assert.Contains("step 1", step1.Message);
        Assert.Equal(stateBefore, await ServerStateAsync());
        Assert.Equal(rowsBefore, await LogRowCountAsync());
        Assert.Empty(bob.Received);

        await bob.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, "Still working. "));
        await mallory.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, "Me too. "));
        await Eventually.TrueAsync(
            () => mallory.Read(doc => CrdtPeer.Body(doc, _clauseId).ToString()) == bob.Read(doc => CrdtPeer.Body(doc, _clauseId).ToString()),
            () => "the two peers did not converge after the malformed updates");
        Assert.Equal(rowsBefore + 2, await LogRowCountAsync());
    }

    [Fact]
    public async Task Update_MissingDependencies_AsksSenderToResync()
    {
        await using var peer = await CrdtPeer.JoinAsync(_server, _charter);
        var offline = new Doc();
        Y.ApplyUpdate(offline, Y.EncodeStateAsUpdate(peer.Doc));
        var text = CrdtPeer.Body(offline, _clauseId);
        text.Insert(0, "first ");
        var afterFirst = Y.EncodeStateVector(offline);
        text.Insert(6, "second ");
        var secondOnly = Y.EncodeStateAsUpdate(offline, afterFirst);

        var sequence = await peer.Connection.InvokeAsync<long>("Update", _charter, SyncFrame.WriteUpdate(secondOnly));

        Assert.True(sequence > 0);
        await Eventually.TrueAsync(() => peer.Resyncs == 1, () => "no Resync after an update with missing dependencies");
    }

    [Fact]
    public async Task Update_OverTheMessageLimit_IsRefused()
    {
        await using var peer = await CrdtPeer.JoinAsync(_server, _charter);
        var rowsBefore = await LogRowCountAsync();
        var update = LargeInsert(peer.Doc, 600 * 1024);

        await Assert.ThrowsAnyAsync<Exception>(() => peer.Connection.InvokeAsync<long>("Update", _charter, SyncFrame.WriteUpdate(update)));

        Assert.Equal(rowsBefore, await LogRowCountAsync());
    }

    [Fact]
    public async Task UpdateChunk_UpdateOverOneMegabyte_IsAppliedOnceComplete()
    {
        await using var sender = await CrdtPeer.JoinAsync(_server, _charter);
        var frame = SyncFrame.WriteUpdate(LargeInsert(sender.Doc, 1_200_000));
        var chunks = frame.Chunk(256 * 1024).ToList();

        var results = new List<long>();
        for (var i = 0; i < chunks.Count; i++)
        {
            results.Add(await sender.Connection.InvokeAsync<long>("UpdateChunk", _charter, "big-1", i, chunks.Count, chunks[i]));
        }

        Assert.All(results[..^1], r => Assert.Equal(0, r));
        Assert.True(results[^1] > 0);
        await using var reader = await CrdtPeer.JoinAsync(_server, _charter);
        Assert.Equal(
            sender.Read(doc => CrdtPeer.Body(doc, _clauseId).ToString()),
            reader.Read(doc => CrdtPeer.Body(doc, _clauseId).ToString()));
    }

    [Fact]
    public async Task UpdateChunk_OutOfOrderChunk_IsRefusedAndUploadDropped()
    {
        await using var connection = await _server.ConnectAsync();
        await connection.InvokeAsync<long>("UpdateChunk", _charter, "u", 0, 3, new byte[] { 2 });

        var skipped = await Assert.ThrowsAsync<HubException>(() =>
            connection.InvokeAsync<long>("UpdateChunk", _charter, "u", 2, 3, new byte[] { 1 }));
        var afterDrop = await Assert.ThrowsAsync<HubException>(() =>
            connection.InvokeAsync<long>("UpdateChunk", _charter, "u", 1, 3, new byte[] { 1 }));

        Assert.Contains("expected chunk 1", skipped.Message);
        Assert.Contains("not started", afterDrop.Message);
    }

    [Fact]
    public async Task Awareness_PeerDisconnects_OthersSeeItsStateRemoved()
    {
        var alice = await CrdtPeer.JoinAsync(_server, _charter);
        var aliceState = new AwarenessEntry(alice.Doc.ClientId, 1, """{"user":{"name":"Alice","color":"#c33"}}""");
        await alice.Connection.InvokeAsync("Awareness", _charter, AwarenessFrame.Write([aliceState]));
        await using var bob = await CrdtPeer.JoinAsync(_server, _charter);

        // The server stamps Alice's account name over the one her state claimed.
        var seen = Assert.Single(AwarenessFrame.Read(bob.JoinAwareness));
        Assert.Equal((aliceState.ClientId, aliceState.Clock), (seen.ClientId, seen.Clock));
        Assert.DoesNotContain("\"Alice\"", seen.StateJson);

        await alice.DisposeAsync();
        await Eventually.TrueAsync(() => bob.AwarenessReceived.Count > 0, () => "Bob never heard that Alice left");

        var removal = Assert.Single(AwarenessFrame.Read(Assert.Single(bob.AwarenessReceived)));
        Assert.Equal(new AwarenessEntry(alice.Doc.ClientId, 2, "null"), removal);
        await using var carol = await CrdtPeer.JoinAsync(_server, _charter);
        Assert.Empty(AwarenessFrame.Read(carol.JoinAwareness));
    }

    [Fact]
    public async Task Leave_AfterAwareness_OthersSeeStateRemovedAndNoMoreUpdates()
    {
        await using var alice = await CrdtPeer.JoinAsync(_server, _charter);
        await using var bob = await CrdtPeer.JoinAsync(_server, _charter);
        await alice.Connection.InvokeAsync("Awareness", _charter, AwarenessFrame.Write([new AwarenessEntry(alice.Doc.ClientId, 1, "{}")]));
        await Eventually.TrueAsync(() => bob.AwarenessReceived.Count == 1, () => "Bob never got Alice's awareness");

        await alice.Connection.InvokeAsync("Leave", _charter);
        await Eventually.TrueAsync(() => bob.AwarenessReceived.Count == 2, () => "Bob never heard that Alice left");
        await bob.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, "After leave. "));
        var notJoined = await Assert.ThrowsAsync<HubException>(() =>
            alice.Connection.InvokeAsync("Awareness", _charter, AwarenessFrame.Write([new AwarenessEntry(alice.Doc.ClientId, 2, "{}")])));

        Assert.Equal([new AwarenessEntry(alice.Doc.ClientId, 2, "null")], AwarenessFrame.Read(bob.AwarenessReceived[1]));
        Assert.Contains("Join", notJoined.Message);
        Assert.Empty(alice.Received);
    }

    [Fact]
    public async Task Awareness_RelayedToOthersNotSender()
    {
        await using var alice = await CrdtPeer.JoinAsync(_server, _charter);
        await using var bob = await CrdtPeer.JoinAsync(_server, _charter);
        var update = AwarenessFrame.Write([new AwarenessEntry(alice.Doc.ClientId, 1, """{"cursor":3}""")]);

        await alice.Connection.InvokeAsync("Awareness", _charter, update);
        await Eventually.TrueAsync(() => bob.AwarenessReceived.Count == 1, () => "Bob never got Alice's awareness");
        await bob.Connection.InvokeAsync("Awareness", _charter, AwarenessFrame.Write([new AwarenessEntry(bob.Doc.ClientId, 1, "{}")]));
        await Eventually.TrueAsync(() => alice.AwarenessReceived.Count == 1, () => "Alice never got Bob's awareness");

        var relayed = Assert.Single(AwarenessFrame.Read(bob.AwarenessReceived[0]));
        Assert.Equal(alice.Doc.ClientId, relayed.ClientId);
        Assert.Contains("\"cursor\":3", relayed.StateJson);
        Assert.Equal(bob.Doc.ClientId, AwarenessFrame.Read(alice.AwarenessReceived[0])[0].ClientId);
    }

    [Fact]
    public async Task Awareness_Malformed_FailsForSender()
    {
        await using var alice = await CrdtPeer.JoinAsync(_server, _charter);

        var error = await Assert.ThrowsAsync<HubException>(() => alice.Connection.InvokeAsync("Awareness", _charter, new byte[] { 5, 1 }));

        Assert.Contains("Malformed", error.Message);
    }

    private byte[] LargeInsert(Doc doc, int characters)
    {
        var before = Y.EncodeStateVector(doc);
        CrdtPeer.Body(doc, _clauseId).Insert(0, new string('x', characters));
        return Y.EncodeStateAsUpdate(doc, before);
    }

    private async Task<byte[]> ServerStateAsync()
    {
        await using var lease = await _server.Sessions.OpenAsync(_charter, CancellationToken.None);
        return await lease.Session.ReadAsync(doc => Y.EncodeStateAsUpdate(doc));
    }

    private async Task<int> LogRowCountAsync()
    {
        await using var db = _database.OpenContext();
        return await db.Updates.CountAsync();
    }
}
