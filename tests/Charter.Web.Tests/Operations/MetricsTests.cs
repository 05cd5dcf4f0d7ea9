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

    [Fact]
    public async Task Metrics_EnabledOnLoopback_CountersMoveWithUpdatesRefusalsAndConnections()
    {
        await using var app = new CharterAppFactory(_database, settings: MetricsOn);
        HubClients.StartOnKestrel(app);
        using var scraper = new HttpClient { BaseAddress = HubClients.BaseAddress(app) };
        var (_, cookie) = await TestPeople.CreateSignedInAsync(app, CharterRole.Member);
        var before = await ScrapeAsync(scraper);

        await using var connection = await HubClients.ConnectAsync(app, cookie);
        await HubClients.JoinAsync(connection);
        for (var i = 0; i < 3; i++)
        {
            await connection.InvokeAsync<long>(nameof(CharterHub.Update), HubClients.Charter, HubClients.UpdateFrame($"metrics {i}").Frame);
        }

        await Assert.ThrowsAsync<HubException>(() =>
            connection.InvokeAsync<long>(nameof(CharterHub.Update), HubClients.Charter, SyncFrame.WriteUpdate([0xff, 0xff, 0xff])));

        var after = await ScrapeAsync(scraper);
        Assert.True(Value(after, "charter_updates_applied_total") >= Value(before, "charter_updates_applied_total") + 3, after);
        Assert.True(Value(after, "charter_commit_duration_seconds_count") >= Value(before, "charter_commit_duration_seconds_count") + 1, after);
        Assert.True(Value(after, "charter_updates_refused_total") >= Value(before, "charter_updates_refused_total") + 1, after);
        Assert.True(Value(after, "charter_connections") >= 1, after);
        Assert.True(Value(after, "charter_log_pending") >= 3, after);
        Assert.True(Value(after, "charter_storage_bytes") > 0, after);
        Assert.Contains("\ncharter_ballots_open{", after, StringComparison.Ordinal);
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
