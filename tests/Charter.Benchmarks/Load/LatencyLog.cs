using System.Diagnostics;

namespace Charter.Benchmarks.Load;

/// <summary>
/// One client's delivery latencies, with when each token was sent, in room reserved before the run
/// (see <see cref="SendLedger"/> for why nothing may grow while the clock runs).
/// </summary>
public sealed class LatencyLog(int capacity)
{
    private readonly List<(long SentAt, double Ms)> _entries = new(capacity);

    public int Count => _entries.Count;

    public void Add(long sentAt, long receivedAt) =>
        _entries.Add((sentAt, Stopwatch.GetElapsedTime(sentAt, receivedAt).TotalMilliseconds));

    public IEnumerable<double> Milliseconds => _entries.Select(e => e.Ms);

    /// <summary>Every entry as (seconds after <paramref name="origin"/> the token was sent, latency).</summary>
    public IEnumerable<(double SentAfterSeconds, double Ms)> BySendTime(long origin) =>
        _entries.Select(e => (Stopwatch.GetElapsedTime(origin, e.SentAt).TotalSeconds, e.Ms));
}
