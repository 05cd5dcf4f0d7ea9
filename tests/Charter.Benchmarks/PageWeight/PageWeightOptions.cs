using System.Globalization;

namespace Charter.Benchmarks.PageWeight;

/// <summary>
/// Command-line options of <c>pageweight</c>: the emulated link and phone. The defaults are the
/// slow link Charter is built for: 1.6 Mbps down, 750 kbps up, 300 ms round trip, a CPU four times
/// slower than this machine's.
/// </summary>
public sealed record PageWeightOptions(int DownKbps, int UpKbps, int RttMs, double CpuSlowdown, IReadOnlyList<string> Pages)
{
    public static readonly IReadOnlyList<string> DefaultPages = ["/edit", "/", "/versions"];

    public static PageWeightOptions Parse(IReadOnlyList<string> args)
    {
        var options = new PageWeightOptions(DownKbps: 1600, UpKbps: 750, RttMs: 300, CpuSlowdown: 4, Pages: DefaultPages);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"option {args[i]} needs a value");
            }

            var value = args[i + 1];
            options = args[i] switch
            {
                "--down-kbps" => options with { DownKbps = int.Parse(value, CultureInfo.InvariantCulture) },
                "--up-kbps" => options with { UpKbps = int.Parse(value, CultureInfo.InvariantCulture) },
                "--rtt" => options with { RttMs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--cpu" => options with { CpuSlowdown = double.Parse(value, CultureInfo.InvariantCulture) },
                "--pages" => options with { Pages = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
