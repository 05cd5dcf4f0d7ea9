namespace Charter.Benchmarks.Load;

/// <summary>The arithmetic every benchmark result shares.</summary>
public static class Figures
{
    /// <summary>The nearest-rank percentile of an ascending list; 0 for an empty one.</summary>
    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>Two decimals, as the JSON lines print them.</summary>
    public static double Round(double value) => Math.Round(value, 2);
}
