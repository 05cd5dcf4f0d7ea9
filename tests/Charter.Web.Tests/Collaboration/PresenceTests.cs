using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Charter.Crdt.Protocols;
using Charter.Web.Accounts;
using Charter.Web.Collaboration.Hub;
using Charter.Web.Collaboration.Wire;
using Charter.Web.HubSecurity;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Collaboration;

/// <summary>
/// Presence over real SignalR on Kestrel: people appear under the name they signed in with, a
/// client id cannot be borrowed, and one person at their limits leaves the others unaffected.
/// </summary>
public sealed class PresenceTests : IAsyncLifetime
{
    private const int MaxConnections = 3;
    private const int MaxStateLength = 512;
    private const int PresenceBurst = 5;

    private readonly TempDatabase _database = new();
    private CharterAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new CharterAppFactory(_database, settings: new Dictionary<string, string>
        {
            ["Charter:PersonLimits:MaxHubConnections"] = $"{MaxConnections}",
            ["Charter:PersonLimits:MaxPresenceStateLength"] = $"{MaxStateLength}",
            ["Charter:PersonLimits:PresenceBurst"] = $"{PresenceBurst}",
            // Refills slower than the test can use it up, so the burst is the whole allowance.
            ["Charter:PersonLimits:PresenceUpdatesPerSecond"] = "0.001",
        });
        HubClients.StartOnKestrel(_app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Awareness_ClaimingAnotherName_IsRelayedUnderTheAccountsName()
    {
        var (_, anaCookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Steward, name: "Ana Steward");
        var (_, olgaCookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Observer, name: "Olga Observer");
        await using var ana = await JoinedAsync(anaCookie);
        var anaSees = Collect(ana);
        await using var olga = await JoinedAsync(olgaCookie);

        var echoed = await olga.InvokeAsync<string[]>(nameof(CharterHub.Awareness), HubClients.Charter, HubClients.AwarenessFrameFor(4242, "Ana Steward"));
        await Eventually.TrueAsync(() => !anaSees.IsEmpty, () => "Ana never saw Olga arrive");
        await using var carol = await JoinedAsync((await TestPeople.CreateSignedInAsync(_app, CharterRole.Member)).Cookie);
        var carolSees = AwarenessFrame.Read((await HubClients.JoinAsync(carol))[2]);

        Assert.Equal("Olga Observer", echoed[0]);
        Assert.Equal(["Olga Observer"], Names(AwarenessFrame.Read(Assert.Single(anaSees))));
        Assert.Equal(["Olga Observer"], Names(carolSees));
    }

    [Fact]
    public async Task Awareness_AnotherConnectionsClientId_IsRefusedAndTheOwnersPresenceStands()
    {
        var (_, anaCookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Steward, name: "Ana Steward");
        var (_, olgaCookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Observer, name: "Olga Observer");
        await using var ana = await JoinedAsync(anaCookie);
        await ana.InvokeAsync<string[]>(nameof(CharterHub.Awareness), HubClients.Charter, State(1001, 1, """{"clause":"title"}"""));
        await using var olga = await JoinedAsync(olgaCookie);
        var olgaSees = Collect(olga);
        await using var watcher = await JoinedAsync((await TestPeople.CreateSignedInAsync(_app, CharterRole.Member)).Cookie);
        var watcherSees = Collect(watcher);

        var changing = await Assert.ThrowsAsync<HubException>(() =>
            olga.InvokeAsync<string[]>(nameof(CharterHub.Awareness), HubClients.Charter, State(1001, 5, """{"clause":"preamble"}""")));
        var removing = await Assert.ThrowsAsync<HubException>(() =>
            olga.InvokeAsync<string[]>(nameof(CharterHub.Awareness), HubClients.Charter, State(1001, 6, AwarenessEntry.RemovedState)));
        // Something the watcher will see, so the refused updates had every chance to arrive first.
        await ana.InvokeAsync<string[]>(nameof(CharterHub.Awareness), HubClients.Charter, State(1001, 2, """{"clause":"c-x"}"""));
        await Eventually.TrueAsync(() => !watcherSees.IsEmpty, () => "the watcher never saw Ana move");
        await using var late = await JoinedAsync((await TestPeople.CreateSignedInAsync(_app, CharterRole.Member)).Cookie);
        var present = Assert.Single(AwarenessFrame.Read((await HubClients.JoinAsync(late))[2]));

        Assert.Contains("someone else's presence", changing.Message);
        Assert.Contains("someone else's presence", removing.Message);
        var seen = Assert.Single(AwarenessFrame.Read(Assert.Single(watcherSees)));
        Assert.Equal((1001L, 2L), (seen.ClientId, seen.Clock));
        Assert.Equal(["Ana Steward"], Names([present]));
        Assert.Contains("\"clause\":\"c-x\"", present.StateJson);
    }

    [Fact]
    public async Task Connect_BeyondThePersonsCap_IsRefusedWithAMessageAndOthersConnect()
    {
        var (member, cookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
        var open = new List<HubConnection>();
        for (var i = 0; i < MaxConnections; i++)
        {
            open.Add(await HubClients.ConnectAsync(_app, cookie));
        }

        await using var oneTooMany = HubClients.Create(_app, cookie);
        var closedWith = new TaskCompletionSource<Exception?>();
        oneTooMany.Closed += error =>
        {
            closedWith.TrySetResult(error);
            return Task.CompletedTask;
        };
        Exception? refusal;
        try
        {
            await oneTooMany.StartAsync();
            refusal = await closedWith.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception error)
        {
            refusal = error;
        }

        await using var someoneElse = await JoinedAsync((await TestPeople.CreateSignedInAsync(_app, CharterRole.Member)).Cookie);
        Assert.Contains($"already have {MaxConnections} live connections", refusal?.Message);
        // A refused connection leaves the registry in its disconnect, which may run after the
        // client has seen the refusal.
        var registry = _app.Services.GetRequiredService<HubConnectionRegistry>();
        await Eventually.TrueAsync(() => registry.CountFor(member.Id) == MaxConnections, () => $"{registry.CountFor(member.Id)} connections registered");
        Assert.All(open, c => Assert.Equal(HubConnectionState.Connected, c.State));
        foreach (var connection in open)
        {
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task PresenceFlood_OnePersonAtTheirLimits_OthersJoinAndEditUnaffected()
    {
        var (_, flooderCookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Observer, name: "Flooder");
        var flooders = new List<HubConnection>();
        for (var i = 0; i < MaxConnections; i++)
        {
            flooders.Add(await JoinedAsync(flooderCookie));
        }

        // Every connection tries the biggest states it may, under many client ids, many times.
        var outcomes = new ConcurrentBag<string>();
        var flood = flooders.SelectMany((connection, c) => Enumerable.Range(0, 40).Select(async call =>
        {
            var padding = new string('x', call % 2 == 0 ? MaxStateLength - 40 : MaxStateLength * 4);
            try
            {
                await connection.InvokeAsync<string[]>(nameof(CharterHub.Awareness), HubClients.Charter,
                    State(((c + 1) * 1000) + (call % 7), call + 1, "{\"pad\":\"" + padding + "\"}"));
                outcomes.Add("relayed");
            }
            catch (HubException error)
            {
                outcomes.Add(error.Message);
            }
        })).ToList();
        var (member, memberCookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member, name: "Maria Member");
        await using var maria = HubClients.Create(_app, memberCookie);
        await maria.StartAsync();
        var join = await HubClients.JoinAsync(maria);
        var sequence = await maria.InvokeAsync<long>(nameof(CharterHub.Update), HubClients.Charter, HubClients.UpdateFrame("Maria was here").Frame);
        await Task.WhenAll(flood);
        var afterFlood = AwarenessFrame.Read((await HubClients.JoinAsync(maria))[2]);

        // The flooder got no more than their burst relayed, and holds at most one bounded state per connection.
        Assert.InRange(outcomes.Count(o => o == "relayed"), 1, PresenceBurst);
        Assert.Contains(outcomes, o => o.Contains("Too many presence updates", StringComparison.Ordinal));
        Assert.True(sequence > 0);
        Assert.Equal(3, join.Length);
        Assert.InRange(afterFlood.Count, 0, MaxConnections);
        Assert.All(afterFlood, state => Assert.InRange(state.StateJson.Length, 0, MaxStateLength + 200));
        Assert.Equal(HubConnectionState.Connected, maria.State);
        Assert.NotNull(member);
        foreach (var connection in flooders)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task<HubConnection> JoinedAsync(string cookie)
    {
        var connection = await HubClients.ConnectAsync(_app, cookie);
        await HubClients.JoinAsync(connection);
        return connection;
    }

    private static ConcurrentQueue<byte[]> Collect(HubConnection connection)
    {
        var received = new ConcurrentQueue<byte[]>();
        connection.On<string, byte[]>("Awareness", (_, update) => received.Enqueue(update));
        return received;
    }

    private static byte[] State(long clientId, long clock, string json) => AwarenessFrame.Write([new AwarenessEntry(clientId, clock, json)]);

    private static List<string> Names(IEnumerable<AwarenessEntry> states) =>
        states.Where(s => !s.IsRemoval).Select(s => JsonNode.Parse(s.StateJson)!["user"]!["name"]!.GetValue<string>()).ToList();
}
