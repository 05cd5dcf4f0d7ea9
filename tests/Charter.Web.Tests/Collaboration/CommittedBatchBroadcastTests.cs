using Charter.Crdt;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Wire;
using Microsoft.Extensions.Logging.Abstractions;

namespace Charter.Web.Tests.Collaboration;

/// <summary>
/// What one commit sends: a merged frame for the connections that sent nothing, and for each
/// sender a merge of the others' updates, never its own. The broadcaster here only records what
/// it is asked to send; the hub tests prove the same over real SignalR.
/// </summary>
public sealed class CommittedBatchBroadcastTests
{
    [Fact]
    public async Task SendAsync_ThreeSendersAndServer_OneMergedFrameForOthersAndNoEchoToAnySender()
    {
        var (alice, aliceUpdates) = Author(2);
        var (bob, bobUpdates) = Author(1);
        var (server, serverUpdates) = Author(1);
        var broadcaster = new RecordingBroadcaster();

        await CommittedBatchBroadcast.SendAsync(broadcaster, "c", [
            ("alice", aliceUpdates[0]), ("bob", bobUpdates[0]), (null, serverUpdates[0]), ("alice", aliceUpdates[1]),
        ], NullLogger.Instance);

        var group = Assert.Single(broadcaster.Group);
        Assert.Equal(["alice", "bob"], group.Except.Order());
        Assert.Equal(new[] { alice, bob, server }.Order(), Clients(group.Frame).Order());
        Assert.Equal(2, broadcaster.Direct.Count);
        Assert.Equal(new[] { bob, server }.Order(), Clients(Assert.Single(broadcaster.Direct["alice"])).Order());
        Assert.Equal(new[] { alice, server }.Order(), Clients(Assert.Single(broadcaster.Direct["bob"])).Order());
    }

    [Fact]
    public async Task SendAsync_RunThatCannotBeMerged_GoesOutOneFramePerUpdateToEveryoneButItsSender()
    {
        var (_, aliceUpdates) = Author(1);
        byte[] unmergeable = [1, 2, 1, 0, 0x2A, 1, 0];
        var broadcaster = new RecordingBroadcaster();

        await CommittedBatchBroadcast.SendAsync(broadcaster, "c", [("alice", aliceUpdates[0]), ("bob", unmergeable)], NullLogger.Instance);

        Assert.Equal(2, broadcaster.Group.Count);
        Assert.Equal(["alice"], broadcaster.Group[0].Except);
        Assert.Equal(aliceUpdates[0], SyncFrame.Read(broadcaster.Group[0].Frame).Payload);
        Assert.Equal(["bob"], broadcaster.Group[1].Except);
        Assert.Equal(unmergeable, SyncFrame.Read(broadcaster.Group[1].Frame).Payload);
        Assert.Empty(broadcaster.Direct);
    }

    [Fact]
    public async Task SendAsync_BatchFromOneSender_NothingGoesBackToIt()
    {
        var (_, updates) = Author(3);
        var broadcaster = new RecordingBroadcaster();

        await CommittedBatchBroadcast.SendAsync(broadcaster, "c", [.. updates.Select(u => ((string?)"alice", u))], NullLogger.Instance);

        Assert.Equal(["alice"], Assert.Single(broadcaster.Group).Except);
        Assert.Empty(broadcaster.Direct);
    }

    [Fact]
    public async Task SendAsync_MergedFrames_ApplyToTheSameDocAsEveryUpdateInTurn()
    {
        var shared = new Doc();
        var updates = new List<(string?, byte[])>();
        for (var i = 0; i < 40; i++)
        {
            var author = new Doc();
            Y.ApplyUpdate(author, Y.EncodeStateAsUpdate(shared));
            var before = Y.EncodeStateVector(author);
            author.GetText("t").Insert(0, $"[{i}]");
            var update = Y.EncodeStateAsUpdate(author, before);
            Y.ApplyUpdate(shared, update);
            updates.Add(($"peer{i % 5}", update));
        }

        var broadcaster = new RecordingBroadcaster();
        await CommittedBatchBroadcast.SendAsync(broadcaster, "c", updates, NullLogger.Instance);

        // Someone who sent nothing applies only the group frames (runs of at most 16 updates).
        var onlooker = new Doc();
        Assert.Equal(3, broadcaster.Group.Count);
        foreach (var (frame, _) in broadcaster.Group)
        {
            Y.ApplyUpdate(onlooker, SyncFrame.Read(frame).Payload);
        }

        Assert.Equal(shared.GetText("t").ToString(), onlooker.GetText("t").ToString());
        // And each sender, from its own updates plus the frames it was sent, has everything too.
        for (var p = 0; p < 5; p++)
        {
            var peer = new Doc();
            foreach (var (_, update) in updates.Where(u => u.Item1 == $"peer{p}"))
            {
                Y.ApplyUpdate(peer, update);
            }

            foreach (var frame in broadcaster.Direct[$"peer{p}"])
            {
                Assert.DoesNotContain(Clients(frame), client => updates.Where(u => u.Item1 == $"peer{p}").Any(u => Y.ParseUpdateMeta(u.Item2).From.ContainsKey(client)));
                Y.ApplyUpdate(peer, SyncFrame.Read(frame).Payload);
            }

            Assert.Equal(shared.GetText("t").ToString(), peer.GetText("t").ToString());
        }
    }

    private static (long ClientId, List<byte[]> Updates) Author(int edits)
    {
        var doc = new Doc();
        var updates = new List<byte[]>();
        for (var i = 0; i < edits; i++)
        {
            var before = Y.EncodeStateVector(doc);
            doc.GetText("t").Insert(0, $"{doc.ClientId}:{i} ");
            updates.Add(Y.EncodeStateAsUpdate(doc, before));
        }

        return (doc.ClientId, updates);
    }

    private static IEnumerable<long> Clients(byte[] frame) => Y.ParseUpdateMeta(SyncFrame.Read(frame).Payload).From.Keys;

    private sealed class RecordingBroadcaster : ICharterBroadcaster
    {
        public List<(byte[] Frame, IReadOnlyList<string> Except)> Group { get; } = [];

        public Dictionary<string, List<byte[]>> Direct { get; } = [];

        public Task BroadcastUpdateAsync(string charter, byte[] syncMessage, IReadOnlyList<string> exceptConnectionIds)
        {
            Group.Add((syncMessage, exceptConnectionIds));
            return Task.CompletedTask;
        }

        public Task SendUpdateAsync(string charter, byte[] syncMessage, string connectionId)
        {
            Direct.TryAdd(connectionId, []);
            Direct[connectionId].Add(syncMessage);
            return Task.CompletedTask;
        }
    }
}
