using System.Diagnostics;

namespace Charter.Benchmarks.Load;

/// <summary>How a simulated editor paces itself, as yload's clients do.</summary>
public static class EditingSchedule
{
    /// <summary>
    /// About how many tokens one editor sends in <paramref name="seconds"/>, with room for the
    /// jitter: what the generator reserves before the clock starts.
    /// </summary>
    public static int ExpectedSends(int seconds, int intervalMs) => (int)(seconds * 1000L / intervalMs * 5 / 4) + 16;

    /// <summary>
    /// Starts out of phase, then inserts the token <c>[prefix:sequence]</c> every
    /// interval·(1 ± jitter) until <paramref name="window"/> has passed.
    /// </summary>
    public static async Task RunAsync(LoadClient client, Random random, string tokenPrefix, int intervalMs, double jitter, TimeSpan window)
    {
        var start = Stopwatch.GetTimestamp();
        var next = TimeSpan.FromMilliseconds(random.NextDouble() * intervalMs);
        for (var sequence = 0; ; sequence++)
        {
            var wait = next - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            if (Stopwatch.GetElapsedTime(start) >= window)
            {
                return;
            }

            client.InsertToken($"[{tokenPrefix}:{sequence}]", random);
            next += TimeSpan.FromMilliseconds(intervalMs * (1 + (jitter * ((2 * random.NextDouble()) - 1))));
        }
    }
}
