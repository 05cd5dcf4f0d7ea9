using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Charter.Crdt;
using Charter.Web.Accounts;
using Charter.Web.Collaboration.Hub;
using Charter.Web.Collaboration.Wire;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Charter.Web.Tests.Operations;

/// <summary>/metrics on the real app over real SignalR: off by default, and its counters move with the work.</summary>
public sealed partial class MetricsTests : IDisposable
{
    private static readonly Dictionary<string, string> MetricsOn = new() { ["Charter:Metrics:Enabled"] = "true" };

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Metrics_ByDefault_NotFound()
    {
        await using var app = new CharterAppFactory(_database);
        HubClients.StartOnKestrel(app);
        using var client = new HttpClient { BaseAddress = HubClients.BaseAddress(app) };

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Metrics_EnabledWithToken_RemoteNeedsTheToken()
    {
        // The in-memory test server has no remote address, so it stands for a remote scraper here.
        await using var app = new CharterAppFactory(_database, settings: new Dictionary<string, string>(MetricsOn) { ["Charter:Metrics:Token"] = "s3cret-scraper" });
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "guess") } };
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(wrong)).StatusCode);
        using var right = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-scraper") } };
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(right)).StatusCode);
    }

    /// <summary>
    /// The app as its own process, so its meters are the only ones its exporter sees (apps hosted
    /// side by side in one test process share OpenTelemetry's listener).
    /// </summary>
    [Fact]
    public async Task Metrics_EnabledOnLoopback_CountersMoveWithUpdatesRefusalsAndConnections()
    {
        await using var app = await ChildProcessCharterServer.StartAsync(_database, new Dictionary<string, string> { ["Charter__Metrics__Enabled"] = "true" });
        using var scraper = new HttpClient { BaseAddress = app.BaseAddress };
        var before = await ScrapeAsync(scraper);

        await using var connection = await app.ConnectAsync();
        await connection.InvokeAsync<byte[][]>(nameof(CharterHub.Join), HubClients.Charter, SyncFrame.WriteStep1(Y.EncodeStateVector(new Doc())));
        for (var i = 0; i < 3; i++)
        {
            await connection.InvokeAsync<long>(nameof(CharterHub.Update), HubClients.Charter, HubClients.UpdateFrame($"metrics {i}").Frame);
        }

        await Assert.ThrowsAsync<HubException>(() =>
            connection.InvokeAsync<long>(nameof(CharterHub.Update), HubClients.Charter, SyncFrame.WriteUpdate([0xff, 0xff, 0xff])));

        var after = await ScrapeAsync(scraper);
        Assert.Equal(Value(before, "charter_updates_applied_total") + 3, Value(after, "charter_updates_applied_total"));
        Assert.True(Value(after, "charter_commit_duration_seconds_count") >= Value(before, "charter_commit_duration_seconds_count") + 1, after);
        Assert.Equal(Value(before, "charter_updates_refused_total") + 1, Value(after, "charter_updates_refused_total"));
        Assert.Equal(1, Value(after, "charter_connections"));
        Assert.Equal(Value(before, "charter_log_pending") + 3, Value(after, "charter_log_pending"));
        Assert.True(Value(after, "charter_storage_bytes") > 0, after);
        Assert.Equal(0, Value(after, "charter_ballots_open"));
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of a metric's samples over its labels; 0 if absent.</summary>
    private static double Value(string exposition, string metric) =>
        Sample().Matches(exposition)
            .Where(m => m.Groups["name"].Value == metric)
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-z_]+)(?<labels>\{[^}]*\})? (?<value>[-0-9.eE+]+)", RegexOptions.Multiline)]
    private static partial Regex Sample();

    public void Dispose() => _database.Dispose();
}
