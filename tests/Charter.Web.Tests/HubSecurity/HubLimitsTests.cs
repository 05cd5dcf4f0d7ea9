using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using Charter.Web.Accounts;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Hub;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace Charter.Web.Tests.HubSecurity;

/// <summary>Origin, message size and message rate on the charter hub, on real Kestrel.</summary>
public sealed class HubLimitsTests(ITestOutputHelper output) : IAsyncLifetime
{
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
    public async Task Flood_OnePerson_IsThrottledWhileOthersP99StaysUnder200Ms()
    {
        var (_, flooderCookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
        await using var flooder = await HubClients.ConnectAsync(_app, flooderCookie);
        await HubClients.JoinAsync(flooder);
        var others = new List<HubConnection>();
        for (var i = 0; i < 3; i++)
        {
            var (_, cookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
            var connection = await HubClients.ConnectAsync(_app, cookie);
            await HubClients.JoinAsync(connection);
            // Warmed up, so first-call costs (JIT) are not counted as latency.
            await connection.InvokeAsync(nameof(CharterHub.Awareness), HubClients.Charter, HubClients.AwarenessFrameFor(1000 + i, $"Other {i}"));
            others.Add(connection);
        }

        var presence = HubClients.AwarenessFrameFor(777, "Flood");
        var throttled = 0;
        var floodCalls = Enumerable.Range(0, 600).Select(async _ =>
        {
            try
            {
                await flooder.InvokeAsync(nameof(CharterHub.Awareness), HubClients.Charter, presence);
            }
            catch (HubException error) when (error.Message.Contains("Too many messages", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref throttled);
            }
        });
        // Others' latency is measured on awareness calls: a relay with no disk write, so the
        // figure shows the hub's responsiveness rather than SQLite's commit time on a busy machine.
        var latencies = new ConcurrentBag<double>();
        var work = others.Select(async (connection, index) =>
        {
            for (var i = 0; i < 30; i++)
            {
                var clock = Stopwatch.StartNew();
                await connection.InvokeAsync(nameof(CharterHub.Awareness), HubClients.Charter, HubClients.AwarenessFrameFor(1000 + index, $"Other {index}"));
                latencies.Add(clock.Elapsed.TotalMilliseconds);
                await Task.Delay(20);
            }
        });

        await Task.WhenAll(floodCalls.Concat(work));

        var sorted = latencies.Order().ToArray();
        var p99 = sorted[(int)Math.Ceiling(sorted.Length * 0.99) - 1];
        output.WriteLine($"Flood: {throttled} of 600 calls throttled; others' awareness latency median {sorted[sorted.Length / 2]:F1} ms, p99 {p99:F1} ms over {sorted.Length} calls.");
        Assert.True(p99 < 200, $"Others' p99 was {p99:F1} ms (median {sorted[sorted.Length / 2]:F1} ms).");
        Assert.True(throttled >= 500, $"Only {throttled} of 600 flood calls were throttled.");
        Assert.Equal(HubConnectionState.Connected, flooder.State);
        foreach (var connection in others)
        {
            await connection.DisposeAsync();
        }
    }
}
