using System.Diagnostics;
using System.Globalization;
using Charter.Benchmarks.Load;

namespace Charter.Benchmarks.Flood;

/// <summary>
/// Issue 5's flood proof as a measurement: N members edit one clause at about 10 edits a second
/// each against the app on loopback, first alone, then while one more member floods the hub as
/// fast as it answers. Both phases run in the same process against the same server, so the two
/// latency figures differ only by the flooder. Reuses the load benchmark's server, sign-up and
/// client.
/// </summary>
public static class FloodRun
{
    public static async Task<FloodResult> RunAsync(FloodOptions options)
    {
        await using var server = await ServerProcess.StartAsync();
        var clauseId = await LoadRun.FirstClauseIdAsync();
        var hubUrl = new Uri(server.BaseAddress, "/hubs/charter");
        var cookies = await LoadPeople.SignUpMembersAsync(server, options.Users + 1);
        // Two phases of Seconds each.
        var sendsPerUser = EditingSchedule.ExpectedSends(2 * options.Seconds, options.IntervalMs);
        var ledger = new SendLedger(sendsPerUser);
        var users = new List<LoadClient>();
        try
        {
            for (var i = 0; i < options.Users; i++)
            {
                users.Add(await LoadClient.ConnectAsync(
                    hubUrl, cookies[i], LoadRun.Charter, clauseId, full: true, ledger, expectedDeliveries: sendsPerUser * (options.Users - 1)));
            }

            await using var flooder = await Flooder.ConnectAsync(hubUrl, cookies[^1], LoadRun.Charter);
            var window = TimeSpan.FromSeconds(options.Seconds);

            var alone = await PhaseAsync(users, ledger, options, window, phase: 0);

            using var stop = new CancellationTokenSource();
            var flooding = flooder.RunAsync(options.FloodInFlight, stop.Token);
            var floodStarted = Stopwatch.GetTimestamp();
            var flooded = await PhaseAsync(users, ledger, options, window, phase: 1, beforeDrain: async () =>
            {
                await stop.CancelAsync();
                await flooding;
            });
            var floodSeconds = Stopwatch.GetElapsedTime(floodStarted).TotalSeconds;

            return new FloodResult(
                Users: options.Users,
                IntervalMs: options.IntervalMs,
                SecondsPerPhase: options.Seconds,
                WithoutFlooder: alone,
                WithFlooder: flooded,
                FlooderAccepted: flooder.Accepted,
                FlooderRefused: flooder.Refused,
                FlooderFailed: flooder.Failed,
                FlooderCallsPerSecond: Figures.Round((flooder.Accepted + flooder.Refused) / floodSeconds),
                FlooderRefusal: flooder.Refusal,
                Nproc: Environment.ProcessorCount,
                Date: DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        finally
        {
            foreach (var user in users)
            {
                await user.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Every user edits for the window, then the phase drains until each user holds every edit.
    /// Latencies are those the users' lists gained during this phase (edits of the previous phase
    /// were all delivered by its drain).
    /// </summary>
    private static async Task<FloodPhase> PhaseAsync(
        List<LoadClient> users, SendLedger ledger, FloodOptions options, TimeSpan window, int phase, Func<Task>? beforeDrain = null)
    {
        var latenciesBefore = users.Select(u => u.Latencies.Count).ToList();
        var (sentBefore, ackBefore, failedBefore, deliveriesBefore) =
            (users.Sum(u => u.Sent), users.Sum(u => u.Acknowledged), users.Sum(u => u.Failed), users.Sum(u => u.Deliveries));

        await Task.WhenAll(users.Select((user, i) =>
            EditingSchedule.RunAsync(user, new Random((options.Seed * 7919) + (i * 31) + phase), $"{i}:{phase}", options.IntervalMs, 0.5, window)));
        if (beforeDrain is not null)
        {
            await beforeDrain();
        }

        var drainUntil = DateTime.UtcNow + TimeSpan.FromSeconds(options.DrainSeconds);
        while (DateTime.UtcNow < drainUntil && users.Any(u => ledger.Missing(u.StateVector()) > 0 || u.Acknowledged + u.Failed < u.Sent))
        {
            await Task.Delay(50);
        }

        // A user's list is appended under its own lock while updates arrive; after the drain nothing arrives for them.
        var latencies = users.SelectMany((u, i) => u.Latencies.Milliseconds.Skip(latenciesBefore[i]).ToList()).Order().ToList();
        return new FloodPhase(
            Sent: users.Sum(u => u.Sent) - sentBefore,
            Acknowledged: users.Sum(u => u.Acknowledged) - ackBefore,
            Refused: users.Sum(u => u.Failed) - failedBefore,
            Deliveries: users.Sum(u => u.Deliveries) - deliveriesBefore,
            P50Ms: Figures.Round(Figures.Percentile(latencies, 0.50)),
            P99Ms: Figures.Round(Figures.Percentile(latencies, 0.99)),
            MaxMs: Figures.Round(latencies.Count == 0 ? 0 : latencies[^1]),
            Lost: users.Max(u => ledger.Missing(u.StateVector())));
    }
}
