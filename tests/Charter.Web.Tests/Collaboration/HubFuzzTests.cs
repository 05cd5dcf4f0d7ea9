using Charter.Crdt;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.Tests.Collaboration;

/// <summary>
/// Sends random mutations of real updates (bit flips, byte changes, info-byte changes, truncation,
/// splices) to the hub over real SignalR, a fixed number of them from a fixed seed so a failure can
/// be replayed, interleaved with an honest member's edits. Whatever is sent, the session keeps
/// answering: each honest edit is acknowledged, a member who joins afterwards sees the server's
/// text with every honest edit in it, and a restart gives the same text.
/// </summary>
public sealed class HubFuzzTests
{
    private const int Seed = 20261204;
    private const int Mutations = 400;
    private static readonly byte[] InfoLike = [0x00, 0x0A, 0x2A, 0x4A, 0x8A, 0x20, 0x84, 0x87, 0xC4, 0x27, 0x08, 0x1F];

    [Fact]
    public async Task Update_RandomMutationsOfRealUpdates_SessionKeepsAnsweringAndConverges()
    {
        // Random mutations fill the pending bounds with random clients; honest edits after them
        // must still be accepted (what others left pending is dropped, never the honest update).
        await using var charter = await RestartableCharterServer.StartAsync(new Dictionary<string, string>());
        await using var mallory = await charter.Server.ConnectAsync();
        var random = new Random(Seed);
        var seeds = await RealUpdatesAsync(charter);
        var refused = 0;
        for (var i = 0; i < Mutations; i++)
        {
            var input = Mutate(random, seeds[random.Next(seeds.Count)]);
            try
            {
                await charter.SendRawAsync(mallory, input);
            }
            catch (HubException)
            {
                refused++;
            }

            if (i % 50 == 49)
            {
                // A member who joins now adds a new clause: accepted mutations may have deleted any
                // existing one. (A member who stayed would re-send deletions the server dropped as
                // expired pending ones, which may exceed the pending bounds: see docs/COLLABORATION.md.)
                await using var member = await charter.JoinAsync();
                Assert.True(
                    await member.EditAsync(doc =>
                    {
                        var clauses = doc.GetMap(Domain.Documents.CharterDocument.ClausesKey);
                        clauses.Set($"c-h{i}", new Crdt.Types.YMap());
                        var clause = (Crdt.Types.YMap)clauses.Get($"c-h{i}")!;
                        clause.Set(Domain.Documents.CharterDocument.TitleKey, new Crdt.Types.YText());
                        ((Crdt.Types.YText)clause.Get(Domain.Documents.CharterDocument.TitleKey)!).Insert(0, $"<{i}>");
                    }) > 0,
                    $"the honest edit after mutation {i} (seed {Seed}) was not acknowledged");
            }
        }

        var serverState = await ServerStateAsync(charter);
        for (var i = 49; i < Mutations; i += 50)
        {
            Assert.Equal($"<{i}>", Title(serverState, $"c-h{i}"));
        }

        Assert.InRange(refused, Mutations / 4, Mutations);
        await using (var late = await charter.JoinAsync())
        {
            Assert.Equal(Y.EncodeStateVector(serverState), late.Read(Y.EncodeStateVector));
            Assert.Equal(Texts(serverState), late.Read(Texts));
        }

        await charter.RestartAsync();
        await using var afterRestart = await charter.JoinAsync();
        Assert.Equal(Texts(serverState), afterRestart.Read(Texts));
    }

    private static async Task<Doc> ServerStateAsync(RestartableCharterServer charter) => await charter.CopyAsync(6_000_000);

    private static string Title(Doc doc, string clauseId) =>
        ((Crdt.Types.YText)((Crdt.Types.YMap)doc.GetMap(Domain.Documents.CharterDocument.ClausesKey).Get(clauseId)!)
            .Get(Domain.Documents.CharterDocument.TitleKey)!).ToString();

    /// <summary>The charter as a reader sees it.</summary>
    private static Domain.Drafts.CharterDraft Texts(Doc doc) => Domain.Documents.CharterDocument.ReadSource(doc);

    /// <summary>Updates a real editor sends: typing, deleting, a new clause and a translation, each against the server's Doc.</summary>
    private static async Task<List<byte[]>> RealUpdatesAsync(RestartableCharterServer charter)
    {
        var peer = await charter.CopyAsync(5_000_000);
        var updates = new List<byte[]>();
        void Record(Action<Doc> edit)
        {
            var before = Y.EncodeStateVector(peer);
            peer.Transact(_ => edit(peer));
            updates.Add(Y.EncodeStateAsUpdate(peer, before));
        }

        Record(doc => CrdtPeer.Body(doc, charter.ClauseId).Insert(2, "typed"));
        Record(doc => CrdtPeer.Body(doc, charter.ClauseId).Delete(0, 3));
        Record(doc =>
        {
            var clauses = doc.GetMap(Domain.Documents.CharterDocument.ClausesKey);
            clauses.Set("c-fuzz", new Crdt.Types.YMap());
            var clause = (Crdt.Types.YMap)clauses.Get("c-fuzz")!;
            clause.Set(Domain.Documents.CharterDocument.TitleKey, new Crdt.Types.YText());
            doc.GetArray(Domain.Documents.CharterDocument.OrderKey).Insert(0, "c-fuzz");
        });
        Record(doc => doc.GetMap(Domain.Documents.CharterDocument.MetaTranslationsKey).Set("pt", new Crdt.Types.YMap()));
        return updates;
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var bytes = seed.ToList();
        var mutations = random.Next(1, 4);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[at] = InfoLike[random.Next(InfoLike.Length)];
                    break;
                case 2:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                default:
                    var length = Math.Min(random.Next(1, 8), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
            }
        }

        return [.. bytes];
    }
}
