using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using Charter.Web.Accounts;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Hub;
using Charter.Web.HubSecurity;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Charter.Web.Tests.HubSecurity;

/// <summary>
/// Origin, message size and message rate on the charter hub, on real Kestrel. What the flood does
/// to the others' latency is measured, not asserted: <c>Charter.Benchmarks flood</c>.
/// </summary>
public sealed class HubLimitsTests : IAsyncLifetime
{
    private const int FloodCalls = 600;
    private const int OtherPeople = 3;

    /// <summary>Within the others' own burst (30 here), so none of their edits may be throttled.</summary>
    private const int EditsPerPerson = 20;

    private const string ForeignOrigin = "https://attacker.example";
    private const string AllowedMirror = "https://mirror.example.org";

    private readonly TempDatabase _database = new();
    private CharterAppFactory _app = null!;
    private Uri _address = null!;

    public Task InitializeAsync()
    {
        _app = new CharterAppFactory(_database, settings: new Dictionary<string, string>
        {
            ["Charter:HubRateLimit:BurstSize"] = "30",
            ["Charter:HubRateLimit:CallsPerSecond"] = "10",
        });
        _address = HubClients.StartOnKestrel(_app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task WebSocketHandshake_ForeignOrigin_Gets403()
    {
        var (_, cookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Cookie", cookie);
        socket.Options.SetRequestHeader("Origin", ForeignOrigin);
        var hub = new UriBuilder(new Uri(_address, CharterHub.Path)) { Scheme = "ws" }.Uri;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(hub, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    [Fact]
    public async Task Negotiate_ForeignOrigin_Gets403()
    {
        var (_, cookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
        await using var connection = HubClients.Create(_app, cookie, origin: ForeignOrigin);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Connect_OwnOrigin_Succeeds()
    {
        var (_, cookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
        await using var connection = HubClients.Create(_app, cookie, origin: _address.GetLeftPart(UriPartial.Authority));

        await connection.StartAsync();

        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task Connect_ConfiguredOtherOrigin_SucceedsAndOwnOriginNoLonger()
    {
        await using var app = new CharterAppFactory(_database, settings: new Dictionary<string, string> { ["Charter:AllowedOrigins:0"] = AllowedMirror });
        var address = HubClients.StartOnKestrel(app);
        var (_, cookie) = await TestPeople.CreateSignedInAsync(app, CharterRole.Member);
        await using var mirror = HubClients.Create(app, cookie, origin: AllowedMirror);
        await using var own = HubClients.Create(app, cookie, origin: address.GetLeftPart(UriPartial.Authority));

        await mirror.StartAsync();
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => own.StartAsync());

        Assert.Equal(HubConnectionState.Connected, mirror.State);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Frame_OverTheMessageLimit_ClosesOnlyItsOwnConnection()
    {
        var (_, bigCookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
        var (_, otherCookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
        await using var big = await HubClients.ConnectAsync(_app, bigCookie);
        await using var other = await HubClients.ConnectAsync(_app, otherCookie);
        await HubClients.JoinAsync(big);
        await HubClients.JoinAsync(other);
        var closed = new TaskCompletionSource<Exception?>();
        big.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };

        var oversized = new byte[CollaborationServiceCollectionExtensions.MaximumReceiveMessageSize + 1024];
        var sending = big.InvokeAsync<long>(nameof(CharterHub.Update), HubClients.Charter, oversized);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAnyAsync<Exception>(() => sending);
        Assert.Equal(HubConnectionState.Disconnected, big.State);
        var sequence = await other.InvokeAsync<long>(nameof(CharterHub.Update), HubClients.Charter, HubClients.UpdateFrame("still here").Frame);
        Assert.True(sequence > 0);
        Assert.Equal(HubConnectionState.Connected, other.State);
    }

    [Fact]
    public async Task Flood_OnePerson_IsThrottledWhileOthersUpdatesAreAllAcceptedAndDelivered()
    {
        var (_, flooderCookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
        await using var flooder = await HubClients.ConnectAsync(_app, flooderCookie);
        await HubClients.JoinAsync(flooder);
        var (_, watcherCookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
        await using var watcher = await CrdtPeer.JoinAsync(await HubClients.ConnectAsync(_app, watcherCookie), HubClients.Charter);
        var others = new List<HubConnection>();
        for (var i = 0; i < OtherPeople; i++)
        {
            var (_, cookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
            var connection = await HubClients.ConnectAsync(_app, cookie);
            await HubClients.JoinAsync(connection);
            others.Add(connection);
        }

        var presence = HubClients.AwarenessFrameFor(777, "Flood");
        var refusals = new ConcurrentBag<string>();
        var floodTime = System.Diagnostics.Stopwatch.StartNew();
        var floodCalls = Enumerable.Range(0, FloodCalls).Select(async _ =>
        {
            try
            {
                await flooder.InvokeAsync(nameof(CharterHub.Awareness), HubClients.Charter, presence);
            }
            catch (HubException error)
            {
                refusals.Add(error.Message);
            }
        });
        // The others edit at a person's pace (within their own rate), each edit a real update that
        // is validated, stored and broadcast; every one must be acknowledged.
        var acknowledged = new ConcurrentBag<long>();
        var work = others.Select(async (connection, person) =>
        {
            for (var edit = 0; edit < EditsPerPerson; edit++)
            {
                acknowledged.Add(await connection.InvokeAsync<long>(nameof(CharterHub.Update), HubClients.Charter, HubClients.UpdateFrame(Marker(person, edit)).Frame));
                await Task.Delay(20);
            }
        });

        await Task.WhenAll(floodCalls.Concat(work));
        floodTime.Stop();

        // The presence bucket lets through its burst and then its rate, however fast or slow this
        // machine sends: the bound follows from the limits and the time the flood took.
        var limits = new PersonLimitsOptions();
        var allowed = limits.PresenceBurst + (int)Math.Ceiling(limits.PresenceUpdatesPerSecond * floodTime.Elapsed.TotalSeconds);
        Assert.True(FloodCalls - refusals.Count <= allowed,
            $"{FloodCalls - refusals.Count} of {FloodCalls} flood calls went through in {floodTime.Elapsed}; the limits allow {allowed}.");
        // Refused by the message-rate limit, or earlier by the presence limit (PersonLimitsOptions).
        Assert.All(refusals, message => Assert.True(
            message.EndsWith("Too many messages: slow down and try again in a moment. Nothing was applied.", StringComparison.Ordinal)
            || message.EndsWith("Too many presence updates: the others still see your last one. Nothing was relayed.", StringComparison.Ordinal),
            message));
        Assert.Equal(HubConnectionState.Connected, flooder.State);
        Assert.Equal(OtherPeople * EditsPerPerson, acknowledged.Count(sequence => sequence > 0));
        var expected = Enumerable.Range(0, OtherPeople).SelectMany(person => Enumerable.Range(0, EditsPerPerson).Select(edit => Marker(person, edit))).ToList();
        await Eventually.TrueAsync(
            () => watcher.Read(doc => expected.All(HubClients.ClauseBodies(doc).Contains)),
            () => $"the watcher is missing: {string.Join(", ", watcher.Read(doc => expected.Where(m => !HubClients.ClauseBodies(doc).Contains(m, StringComparison.Ordinal)).ToList()))}");
        foreach (var connection in others)
        {
            await connection.DisposeAsync();
        }
    }

    private static string Marker(int person, int edit) => $"[other {person} edit {edit}]";
}
