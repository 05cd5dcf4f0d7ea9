using System.Text.Json;
using Charter.Crdt.Lib0;
using Charter.Crdt.Protocols;
using Charter.Crdt.Tests.TestSupport;

namespace Charter.Crdt.Tests.Protocols;

/// <summary>
/// Replays the awareness session of Fixtures/y-protocols.json: our Awareness for client 200 must raise
/// the same change/update events as y-protocols' did and encode the same states afterwards.
/// </summary>
public sealed class AwarenessTests
{
    private static readonly JsonElement AwarenessFixture = Fixture.Load("y-protocols").GetProperty("awareness");

    [Fact]
    public void ApplyAwarenessUpdate_YProtocolsSession_RaisesTheSameEventsAndEncodesTheSameStates()
    {
        var awareness = new Awareness(200);
        var events = new List<string>();
        awareness.Change += change => events.Add(Describe("change", change));
        awareness.Update += change => events.Add(Describe("update", change));
        var stepNumber = 0;
        foreach (var step in AwarenessFixture.GetProperty("steps").EnumerateArray())
        {
            stepNumber++;
            if (step.TryGetProperty("apply", out var update))
            {
                awareness.ApplyAwarenessUpdate(update.Base64(), step.Str("origin"));
            }
            else if (step.TryGetProperty("remove", out var clients))
            {
                awareness.RemoveAwarenessStates(clients.EnumerateArray().Select(c => c.GetInt64()), step.Str("origin"));
            }
            else
            {
                awareness.SetLocalState(JsJson.Parse(step.Str("setLocal")));
            }

            var expectedEvents = step.GetProperty("events").EnumerateArray().Select(e => Describe(
                e.Str("kind"),
                new AwarenessChange(Ids(e, "added"), Ids(e, "updated"), Ids(e, "removed"), e.Str("origin"))));
            Assert.Equal(expectedEvents, events);
            events.Clear();
            var knownClients = step.GetProperty("bClients").EnumerateArray().Select(c => c.GetInt64()).ToList();
            Assert.Equal(knownClients, awareness.Meta.Keys.Order());
            Assert.True(
                step.GetProperty("bStates").Base64().AsSpan().SequenceEqual(awareness.EncodeAwarenessUpdate(knownClients)),
                $"step {stepNumber}: encoded states differ");
        }
    }

    [Fact]
    public void EncodeAwarenessUpdate_LocalStates_MatchYProtocolsBytes()
    {
        foreach (var item in AwarenessFixture.GetProperty("encodings").EnumerateArray())
        {
            var awareness = new Awareness(4242);
            awareness.SetLocalState(JsJson.Parse(item.Str("state")));

            Assert.Equal(item.GetProperty("clock").GetInt64(), awareness.Meta[4242].Clock);
            Assert.Equal(item.GetProperty("bytes").Base64(), awareness.EncodeAwarenessUpdate([4242]));
        }
    }

    [Fact]
    public void ApplyAwarenessUpdate_MalformedSecondEntry_ThrowsAndChangesNothing()
    {
        var awareness = new Awareness(1);
        var encoder = new Lib0Encoder();
        encoder.WriteVarUint(2);
        encoder.WriteVarUint(7);
        encoder.WriteVarUint(1);
        encoder.WriteVarString("{\"user\":\"ok\"}");
        encoder.WriteVarUint(8);
        encoder.WriteVarUint(1);
        encoder.WriteVarString("{broken");

        var error = Assert.Throws<MalformedUpdateException>(() => awareness.ApplyAwarenessUpdate(encoder.ToArray(), null));

        Assert.Contains("client 8", error.Message, StringComparison.Ordinal);
        Assert.Equal([1L], awareness.States.Keys);
    }

    [Fact]
    public void CheckTimeouts_RemoteStateOlderThanTimeout_IsRemovedWithTimeoutOrigin()
    {
        var time = new ManualTime();
        var awareness = new Awareness(1, time);
        var remote = new Awareness(2, time);
        remote.SetLocalState(new Dictionary<string, object?> { ["name"] = "Ana" });
        awareness.ApplyAwarenessUpdate(remote.EncodeAwarenessUpdate([2]), "remote");
        AwarenessChange? removal = null;
        awareness.Change += change => removal = change;

        time.Advance(TimeSpan.FromMilliseconds(Awareness.OutdatedTimeoutMilliseconds - 1));
        awareness.CheckTimeouts();
        Assert.True(awareness.States.ContainsKey(2));
        time.Advance(TimeSpan.FromMilliseconds(1));
        awareness.CheckTimeouts();

        Assert.False(awareness.States.ContainsKey(2));
        Assert.Equal([2L], removal!.Removed);
        Assert.Equal("timeout", removal.Origin);
        Assert.True(awareness.Meta[1].Clock > 0, "the local state was renewed");
    }

    private static List<long> Ids(JsonElement change, string property) =>
        change.GetProperty(property).EnumerateArray().Select(c => c.GetInt64()).ToList();

    private static string Describe(string kind, AwarenessChange change) =>
        $"{kind} added=[{string.Join(",", change.Added)}] updated=[{string.Join(",", change.Updated)}] removed=[{string.Join(",", change.Removed)}] origin={change.Origin}";

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UnixEpoch.AddDays(20000);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
