using System.Globalization;

namespace Charter.Benchmarks.Flood;

/// <summary>Command-line options of <c>flood</c>.</summary>
/// <param name="Users">Normal editors, each a full client that applies and times everything.</param>
/// <param name="Seconds">Length of each phase: first without the flooder, then with it.</param>
/// <param name="IntervalMs">Mean time between a normal editor's edits (100 ms: about 10 a second).</param>
/// <param name="FloodInFlight">Calls the flooder keeps in flight at once, to send as fast as the hub answers.</param>
public sealed record FloodOptions(int Users, int Seconds, int IntervalMs, int FloodInFlight, int DrainSeconds, int Seed)
{
    public static FloodOptions Parse(IReadOnlyList<string> args)
    {
        var options = new FloodOptions(Users: 10, Seconds: 20, IntervalMs: 100, FloodInFlight: 16, DrainSeconds: 10, Seed: 1);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"option {args[i]} needs a value");
            }

            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--users" => options with { Users = value },
                "--seconds" => options with { Seconds = value },
                "--interval" => options with { IntervalMs = value },
                "--in-flight" => options with { FloodInFlight = value },
                "--drain" => options with { DrainSeconds = value },
                "--seed" => options with { Seed = value },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options.Users < 1 || options.Seconds < 1 || options.IntervalMs < 1 || options.FloodInFlight < 1
            ? throw new ArgumentException("--users, --seconds, --interval and --in-flight must be at least 1")
            : options;
    }
}
