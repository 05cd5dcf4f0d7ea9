using System.Collections.Concurrent;
using System.Net.WebSockets;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Collaboration;

/// <summary>
/// The app as a real process, killed with SIGKILL while peers stream edits: every update the
/// server acknowledged must be there after a restart (docs/COLLABORATION.md: nothing is
/// acknowledged before it is durable).
/// </summary>
public sealed class KillTests : IDisposable
{
    private const int Peers = 4;
    private const int AcknowledgementsBeforeKill = 200;

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Kill_WhilePeersEdit_EveryAcknowledgedUpdateSurvivesRestart()
    {
        var set = RepositoryDrafts.Load()[0];
        var clauseId = set.Source.Clauses.Last().Id;
        var acknowledged = new ConcurrentQueue<string>();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var killed = new CancellationTokenSource();

        await using (var server = await ChildProcessCharterServer.StartAsync(_database))
        {
            var peers = new List<CrdtPeer>();
            for (var i = 0; i < Peers; i++)
            {
                peers.Add(await CrdtPeer.JoinAsync(await server.ConnectAsync(), set.Name));
            }

            var editing = peers.Select((peer, p) => AppendTokensAsync(peer, p, clauseId, acknowledged, enough, killed.Token)).ToList();
            await enough.Task.WaitAsync(TimeSpan.FromMinutes(5));
            await killed.CancelAsync();
            await server.KillAsync();
            await Task.WhenAll(editing);
            foreach (var peer in peers)
            {
                await peer.DisposeAsync();
            }
        }

        await using var restarted = await ChildProcessCharterServer.StartAsync(_database);
        await using var reader = await CrdtPeer.JoinAsync(await restarted.ConnectAsync(), set.Name);
        var text = reader.Read(doc => CrdtPeer.Body(doc, clauseId).ToString());

        Assert.True(acknowledged.Count >= AcknowledgementsBeforeKill);
        Assert.All(acknowledged, token => Assert.Contains(token, text));
    }

    /// <summary>
    /// Appends unique tokens until the connection dies; records each one acknowledged. Only the
    /// failures of a connection whose server was killed end the loop: any error before the kill,
    /// or a refusal by the server (a HubException), fails the test.
    /// </summary>
    private static async Task AppendTokensAsync(
        CrdtPeer peer, int peerIndex, string clauseId, ConcurrentQueue<string> acknowledged, TaskCompletionSource enough, CancellationToken killed)
    {
        for (var i = 0; ; i++)
        {
            var token = $"[{peerIndex}:{i}]";
            try
            {
                await peer.EditAsync(doc =>
                {
                    var body = CrdtPeer.Body(doc, clauseId);
                    body.Insert(body.Length, token);
                });
            }
            catch (Exception error) when (killed.IsCancellationRequested
                && error is OperationCanceledException or InvalidOperationException or IOException or WebSocketException)
            {
                return;
            }

            acknowledged.Enqueue(token);
            if (acknowledged.Count >= AcknowledgementsBeforeKill)
            {
                enough.TrySetResult();
            }
        }
    }

    public void Dispose() => _database.Dispose();
}
