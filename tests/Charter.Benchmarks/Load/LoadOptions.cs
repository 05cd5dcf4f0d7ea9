using System.Globalization;

namespace Charter.Benchmarks.Load;

/// <summary>Command-line options of <c>load</c>; names follow ../shared/tools/yload.</summary>
/// <param name="SeriesFile">Where to write the full clients' latency per second of the run (by send time), if anywhere.</param>
public sealed record LoadOptions(int Clients, int FullClients, int Seconds, int IntervalMs, double Jitter, int DrainSeconds, int Seed, string? SeriesFile = null)
{
    /// <summary>About how many tokens each client sends in the run.</summary>
    public int ExpectedSendsPerClient => EditingSchedule.ExpectedSends(Seconds, IntervalMs);

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions(Clients: 100, FullClients: 4, Seconds: 60, IntervalMs: 100, Jitter: 0.5, DrainSeconds: 10, Seed: 1);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"option {args[i]} needs a value");
            }

            var value = args[i + 1];
            options = args[i] switch
            {
                "--clients" => options with { Clients = int.Parse(value, CultureInfo.InvariantCulture) },
                "--full-clients" => options with { FullClients = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seconds" => options with { Seconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--interval" => options with { IntervalMs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--jitter" => options with { Jitter = double.Parse(value, CultureInfo.InvariantCulture) },
                "--drain" => options with { DrainSeconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--series" => options with { SeriesFile = value },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options.FullClients > options.Clients
            ? throw new ArgumentException("--full-clients cannot exceed --clients")
            : options;
    }
}
