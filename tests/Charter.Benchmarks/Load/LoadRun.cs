using System.Diagnostics;
using System.Globalization;
using Charter.Testing;

namespace Charter.Benchmarks.Load;

/// <summary>
/// The hub load benchmark of issue 4: N editors of one clause over real SignalR against the app
/// started on loopback, each inserting a token about every interval; latency is from a client's
/// send until each full client holds the token.
/// </summary>
public static class LoadRun
{
    public const string Charter = "bill-of-rights";

    public static async Task<LoadResult> RunAsync(LoadOptions options)
    {
        await using var server = await ServerProcess.StartAsync();
        var clauseId = await FirstClauseIdAsync();
        var ledger = new SendLedger();
        var hubUrl = new Uri(server.BaseAddress, "/hubs/charter");
        var cookies = await LoadPeople.SignUpMembersAsync(server, options.Clients);
        var clients = new List<LoadClient>();
        var fullEvery = options.FullClients == 0 ? int.MaxValue : options.Clients / options.FullClients;
        for (var i = 0; i < options.Clients; i++)
        {
            var full = options.FullClients > 0 && i % fullEvery == 0 && clients.Count(c => c.IsFull) < options.FullClients;
            clients.Add(await LoadClient.ConnectAsync(hubUrl, cookies[i], Charter, clauseId, full, ledger));
        }

        try
        {
            var window = TimeSpan.FromSeconds(options.Seconds);
            var serverCpuBefore = server.CpuTime;
            var generatorCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            await Task.WhenAll(clients.Select((client, i) =>
                EditingSchedule.RunAsync(client, new Random(options.Seed * 7919 + i), $"{i}", options.IntervalMs, options.Jitter, window)));
            var elapsed = Stopwatch.GetElapsedTime(started);
            var serverCpu = server.CpuTime - serverCpuBefore;
            var generatorCpu = Process.GetCurrentProcess().TotalProcessorTime - generatorCpuBefore;
            var deliveriesInWindow = clients.Sum(c => c.Deliveries);

            var full = clients.Where(c => c.IsFull).ToList();
            var drainUntil = DateTime.UtcNow + TimeSpan.FromSeconds(options.DrainSeconds);
            while (DateTime.UtcNow < drainUntil && full.Any(c => ledger.Missing(c.StateVector()) > 0))
            {
                await Task.Delay(50);
            }

            var lost = full.Count == 0 ? 0 : full.Max(c => ledger.Missing(c.StateVector()));
            var texts = full.Select(c => c.Text()).Distinct().Count();
            var latencies = full.SelectMany(c => c.LatenciesMs).Order().ToList();
            var allLatencies = clients.SelectMany(c => c.LatenciesMs).Order().ToList();
            var sent = clients.Sum(c => c.Sent);
            return new LoadResult(
                Clients: options.Clients,
                FullClients: full.Count,
                TargetPerSecond: options.Clients * 1000.0 / options.IntervalMs,
                SentPerSecond: Figures.Round(sent / elapsed.TotalSeconds),
                Sent: sent,
                Acknowledged: clients.Sum(c => c.Acknowledged),
                Deliveries: clients.Sum(c => c.Deliveries),
                Frames: clients.Sum(c => c.Frames),
                P50Ms: Figures.Round(Figures.Percentile(latencies, 0.50)),
                P99Ms: Figures.Round(Figures.Percentile(latencies, 0.99)),
                MaxMs: Figures.Round(latencies.Count == 0 ? 0 : latencies[^1]),
                AllP50Ms: Figures.Round(Figures.Percentile(allLatencies, 0.50)),
                AllP99Ms: Figures.Round(Figures.Percentile(allLatencies, 0.99)),
                Lost: lost,
                FullClientsConverged: texts <= 1,
                ServerCpuUsPerDelivery: Figures.Round(deliveriesInWindow == 0 ? 0 : serverCpu.TotalMicroseconds / deliveriesInWindow),
                ServerCpuPct: Figures.Round(serverCpu / elapsed * 100),
                ServerRssMb: Figures.Round(server.PeakRssMb),
                GeneratorCpuPct: Figures.Round(generatorCpu / elapsed * 100),
                Nproc: Environment.ProcessorCount,
                Date: DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    /// <summary>The id of the first clause of the charter in drafts/, the one every editor edits.</summary>
    internal static async Task<string> FirstClauseIdAsync()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.DraftsFolder, Charter + ".md"));
        var at = text.IndexOf("{#c-", StringComparison.Ordinal);
        return text.Substring(at + 2, 6);
    }
}
