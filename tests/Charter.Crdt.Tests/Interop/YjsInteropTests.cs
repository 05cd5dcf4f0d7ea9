using System.Text.Json;
using Xunit.Abstractions;
using Charter.Crdt.Encoding.UpdateOps;

namespace Charter.Crdt.Tests.Interop;

/// <summary>
/// Live interop with real yjs 13.6.33 (a node process): seeded random sessions of five peers, some C#
/// and some yjs, must converge to the same content, state vector and delete set, and each side must
/// accept the other's full state.
/// </summary>
public sealed class YjsInteropTests(YjsPeerProcess yjs, ITestOutputHelper output) : IClassFixture<YjsPeerProcess>
{
    private const int Seeds = 200;

    public static TheoryData<int> SessionSeeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= Seeds; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(SessionSeeds))]
    public void RandomSession_CSharpAndYjsPeers_Converge(int seed)
    {
        var session = new InteropSession(seed, yjs);

        session.Run(steps: 120);

        var states = session.Peers.Select(p => (Peer: p, State: p.FullState(), Vector: Y.DecodeStateVector(p.StateVector()))).ToList();
        var reference = states.First(s => s.Peer is YjsPeer);
        var expectedContent = Describe(reference.State);
        foreach (var (peer, state, vector) in states)
        {
            Assert.True(Equivalent(reference.Vector, vector), $"seed {seed}: state vector of {peer} differs");
            Assert.Equal(DeleteSetOf(reference.State), DeleteSetOf(state));

            // yjs loads every peer's full state (C# ones included) to the same content.
            var content = Describe(state);
            Assert.True(expectedContent == content, $"seed {seed}: {peer} has\n{content}\nexpected\n{expectedContent}");

            // C# loads every peer's full state (yjs ones included) to the same text, and without pending structs.
            var loaded = new Doc(1);
            Y.ApplyUpdate(loaded, state);
            Assert.False(loaded.HasPending, $"seed {seed}: C# holds pending structs after loading {peer}");
            Assert.Equal(ContentText(expectedContent), loaded.GetText("text").ToString());
            Assert.Equal(vector.OrderBy(p => p.Key), Y.DecodeStateVector(Y.EncodeStateVector(loaded)).OrderBy(p => p.Key));
            if (peer is CSharpPeer csharp)
            {
                Assert.False(csharp.Doc.HasPending, $"seed {seed}: {peer} holds pending structs");
                Assert.Equal(ContentText(expectedContent), csharp.Doc.GetText("text").ToString());
                Assert.Equal(ContentArrayLength(expectedContent), csharp.Doc.GetArray("array").Length);
                Assert.Equal(ContentMapKeys(expectedContent), csharp.Doc.GetMap("map").Keys.Order(StringComparer.Ordinal));
            }
        }
    }

    /// <summary>
    /// Document-free operations on the session's updates (a random sample, shuffled, with repeats) must
    /// give yjs's exact bytes: merge V1/V2, diff against a peer's state vector, state vector from update,
    /// and conversion both ways.
    /// </summary>
    [Theory]
    [MemberData(nameof(SessionSeeds))]
    public void UpdateOperations_RandomSessionUpdates_MatchYjsBytes(int seed)
    {
        // Every tenth session runs long enough to merge well over 64 updates, past the length up to
        // which JsArraySort replays V8's insertion sort exactly.
        var session = new InteropSession(seed, yjs);
        session.Run(steps: seed % 10 == 0 ? 400 : 60);
        var random = new Random(seed);
        var sample = session.ShuffledUpdateSample(random);

        // Full states carry GC blocks where the incremental updates carry the deleted items.
        for (var i = random.Next(3); i >= 0; i--)
        {
            sample.Insert(random.Next(sample.Count + 1), session.Peers[random.Next(session.Peers.Count)].FullState());
        }

        var stateVector = session.Peers[random.Next(session.Peers.Count)].StateVector();

        var expected = yjs.Send(new()
        {
            ["cmd"] = "updateOps",
            ["updates"] = sample.Select(u => (object?)Convert.ToBase64String(u)).ToList(),
            ["stateVector"] = Convert.ToBase64String(stateVector),
        });

        var merged = Updates.MergeUpdates(sample);
        var mergedV2 = Updates.MergeUpdatesV2(sample.Select(Updates.ConvertUpdateFormatV1ToV2).ToList());
        AssertBytes(expected, "merged", merged, seed);
        AssertBytes(expected, "mergedV2", mergedV2, seed);
        AssertBytes(expected, "diff", Updates.DiffUpdate(merged, stateVector), seed);
        AssertBytes(expected, "diffV2", Updates.DiffUpdateV2(mergedV2, stateVector), seed);
        AssertBytes(expected, "stateVector", Updates.EncodeStateVectorFromUpdate(merged), seed);
        AssertBytes(expected, "stateVectorV2", Updates.EncodeStateVectorFromUpdateV2(mergedV2), seed);
        AssertBytes(expected, "toV2", Updates.ConvertUpdateFormatV1ToV2(merged), seed);
        AssertBytes(expected, "toV1", Updates.ConvertUpdateFormatV2ToV1(mergedV2), seed);
    }

    [Fact]
    public void RandomSessions_FirstTwentySeeds_ExerciseEveryPath()
    {
        var totals = new Dictionary<string, int>();
        for (var seed = 1; seed <= 20; seed++)
        {
            var session = new InteropSession(seed, yjs);
            session.Run(steps: 120);
            foreach (var (name, count) in session.Counts)
            {
                totals[name] = totals.GetValueOrDefault(name) + count;
            }
        }

        output.WriteLine(string.Join(", ", totals.Select(t => $"{t.Key}: {t.Value}")));
        Assert.All(totals, total => Assert.True(total.Value > 0, $"no {total.Key} in 20 sessions"));
    }

    private static void AssertBytes(JsonElement expected, string operation, byte[] actual, int seed)
    {
        var yjsBytes = expected.GetProperty(operation).GetString();
        var ours = Convert.ToBase64String(actual);
        Assert.True(yjsBytes == ours, $"seed {seed}, {operation}:\n  yjs {yjsBytes}\n  we  {ours}");
    }

    private string Describe(byte[] state)
    {
        var reply = yjs.Send(new() { ["cmd"] = "describe", ["update"] = Convert.ToBase64String(state) });
        Assert.False(reply.GetProperty("pending").GetBoolean(), "yjs holds pending structs after loading a full state");
        return reply.GetProperty("content").GetRawText();
    }

    private static string DeleteSetOf(byte[] state)
    {
        var deleteSet = UpdateDeleteSet.Merge([Updates.DecodeUpdate(state).DeleteSet]);
        return string.Join(";", deleteSet.Clients.OrderBy(c => c.Key).Select(c => $"{c.Key}:{string.Join(",", c.Value)}"));
    }

    private static bool Equivalent(Dictionary<long, long> a, Dictionary<long, long> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var clock) && clock == pair.Value);

    private static string ContentText(string content) => JsonDocument.Parse(content).RootElement.GetProperty("text").GetString()!;

    private static int ContentArrayLength(string content) => JsonDocument.Parse(content).RootElement.GetProperty("array").GetArrayLength();

    private static IEnumerable<string> ContentMapKeys(string content) =>
        JsonDocument.Parse(content).RootElement.GetProperty("map").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
}
