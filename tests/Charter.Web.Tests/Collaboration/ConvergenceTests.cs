using Charter.Crdt;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Collaboration;

/// <summary>
/// Ten peers with Charter.Crdt docs edit one clause at once over real SignalR; everyone must end
/// with the server's text, and a restarted server must load that same state from SQLite.
/// </summary>
public sealed class ConvergenceTests : IDisposable
{
    private const int Peers = 10;
    private const int EditsPerPeer = 200;

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Update_TenPeersEditOneClauseConcurrently_AllConvergeAndRestartLoadsSameState()
    {
        var clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
        string charter;
        string serverText;
        byte[] serverStateVector;
        await using (var server = KestrelCharterServer.Start(_database, new Dictionary<string, string>
        {
            // Small, so both background compactions (rewriting the snapshot, folding rows) run
            // several times while the peers edit, their writes between the peers' commits.
            ["Charter:Collaboration:CompactAfterUpdates"] = "10",
            ["Charter:Collaboration:FoldLogAfterUpdates"] = "50",
        }))
        {
            charter = await server.CharterNameAsync();
            var peers = await Task.WhenAll(Enumerable.Range(0, Peers).Select(_ => CrdtPeer.JoinAsync(server, charter)));
            try
            {
                await Task.WhenAll(peers.Select((peer, i) => EditRandomlyAsync(peer, clauseId, seed: 1000 + i)));

                (serverText, serverStateVector) = await ServerBodyAsync(server, charter, clauseId);
                await Eventually.TrueAsync(
                    () => peers.All(p => p.Read(doc => CrdtPeer.Body(doc, clauseId).ToString()) == serverText),
                    () => $"peers differ from the server: {string.Join(" | ", peers.Select(p => p.Read(doc => CrdtPeer.Body(doc, clauseId).Length)))} vs {serverText.Length} characters");
                Assert.All(peers, p => Assert.Equal(serverStateVector, p.Read(Y.EncodeStateVector)));
            }
            finally
            {
                foreach (var peer in peers)
                {
                    await peer.DisposeAsync();
                }
            }
        }

        await using var restarted = KestrelCharterServer.Start(_database);
        var (reloadedText, reloadedStateVector) = await ServerBodyAsync(restarted, charter, clauseId);
        Assert.Equal(serverText, reloadedText);
        Assert.Equal(serverStateVector, reloadedStateVector);
    }

    private static async Task EditRandomlyAsync(CrdtPeer peer, string clauseId, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < EditsPerPeer; i++)
        {
            await peer.EditAsync(doc =>
            {
                var body = CrdtPeer.Body(doc, clauseId);
                if (body.Length > 0 && random.Next(3) == 0)
                {
                    var index = random.Next(body.Length);
                    body.Delete(index, Math.Min(body.Length - index, 1 + random.Next(4)));
                }
                else
                {
                    body.Insert(random.Next(body.Length + 1), RandomWord(random));
                }
            });
            await Task.Delay(random.Next(4));
        }
    }

    private static string RandomWord(Random random) =>
        new(Enumerable.Range(0, 1 + random.Next(5)).Select(_ => "abcdefghijklmnopqrstuvwxyzñé "[random.Next(29)]).ToArray());

    private static async Task<(string Text, byte[] StateVector)> ServerBodyAsync(KestrelCharterServer server, string charter, string clauseId)
    {
        await using var lease = await server.Sessions.OpenAsync(charter, CancellationToken.None);
        return await lease.Session.ReadAsync(doc => (CrdtPeer.Body(doc, clauseId).ToString(), Y.EncodeStateVector(doc)));
    }

    public void Dispose() => _database.Dispose();
}
