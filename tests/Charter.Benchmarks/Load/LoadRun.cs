using System.Diagnostics;
using System.Globalization;
using Charter.Testing;

namespace Charter.Benchmarks.Load;

/// <summary>
/// The hub load benchmark: N editors of one clause over real SignalR against the app
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
        var ledger = new SendLedger(options.ExpectedSendsPerClient);
        var hubUrl = new Uri(server.BaseAddress, "/hubs/charter");
        var cookies = await LoadPeople.SignUpMembersAsync(server, options.Clients);
        var clients = new List<LoadClient>();
        var fullEvery = options.FullClients == 0 ? int.MaxValue : options.Clients / options.FullClients;
        for (var i = 0; i < options.Clients; i++)
        {
            var full = options.FullClients > 0 && i % fullEvery == 0 && clients.Count(c => c.IsFull) < options.FullClients;
            clients.Add(await LoadClient.ConnectAsync(
                hubUrl, cookies[i], Charter, clauseId, full, ledger, expectedDeliveries: options.ExpectedSendsPerClient * (options.Clients - 1)));
        }

        try
        {
            var window = TimeSpan.FromSeconds(options.Seconds);
            var serverCpuBefore = server.CpuTime;
            var generatorCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var generatorGcPauseBefore = GC.GetTotalPauseDuration();
            var started = Stopwatch.GetTimestamp();
            await Task.WhenAll(clients.Select((client, i) =>
                EditingSchedule.RunAsync(client, new Random(options.Seed * 7919 + i), $"{i}", options.IntervalMs, options.Jitter, window)));
            var elapsed = Stopwatch.GetElapsedTime(started);
            var serverCpu = server.CpuTime - serverCpuBefore;
            var generatorCpu = Process.GetCurrentProcess().TotalProcessorTime - generatorCpuBefore;
            var generatorGcPause = GC.GetTotalPauseDuration() - generatorGcPauseBefore;
            var deliveriesInWindow = clients.Sum(c => c.Deliveries);

            var full = clients.Where(c => c.IsFull).ToList();
            var drainUntil = DateTime.UtcNow + TimeSpan.FromSeconds(options.DrainSeconds);
            while (DateTime.UtcNow < drainUntil && full.Any(c => ledger.Missing(c.StateVector()) > 0))
            {
                await Task.Delay(50);
            }

            var lost = full.Count == 0 ? 0 : full.Max(c => ledger.Missing(c.StateVector()));
            var texts = full.Select(c => c.Text()).Distinct().Count();
            var latencies = full.SelectMany(c => c.Latencies.Milliseconds).Order().ToList();
            var allLatencies = clients.SelectMany(c => c.Latencies.Milliseconds).Order().ToList();
            if (options.SeriesFile is { } seriesFile)
            {
                await File.WriteAllLinesAsync(seriesFile, LatencySeries(full, started));
            }

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
                GeneratorGcPauseMs: Figures.Round(generatorGcPause.TotalMilliseconds),
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

    /// <summary>
    /// One line per second of the run: how many tokens sent in it the full clients received, and
    /// their p50, p99 and max latency, to see whether the tail is spread out or comes in stalls.
    /// </summary>
    private static IEnumerable<string> LatencySeries(IEnumerable<LoadClient> full, long started)
    {
        // The wall clock at second 0, to line the series up with the server's log.
        var origin = DateTime.UtcNow - Stopwatch.GetElapsedTime(started);
        yield return string.Create(CultureInfo.InvariantCulture, $"# second 0 = {origin:HH:mm:ss.fff} UTC");
        yield return "second deliveries p50Ms p99Ms maxMs";
        var bySecond = full.SelectMany(c => c.Latencies.BySendTime(started))
            .GroupBy(e => (int)e.SentAfterSeconds, e => e.Ms)
            .OrderBy(g => g.Key);
        foreach (var second in bySecond)
        {
            var sorted = second.Order().ToList();
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{second.Key} {sorted.Count} {Figures.Round(Figures.Percentile(sorted, 0.50))} {Figures.Round(Figures.Percentile(sorted, 0.99))} {Figures.Round(sorted[^1])}");
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
