namespace Charter.Web.HubSecurity;

/// <summary>
/// A token bucket: holds up to <c>capacity</c> tokens, refills continuously at <c>perSecond</c>,
/// and each call takes one. Thread-safe; the time comes from the caller so tests need no sleeping.
/// </summary>
public sealed class TokenBucket(int capacity, double perSecond, long startTimestamp)
{
    private readonly Lock _lock = new();
    private double _tokens = capacity;
    private long _lastRefill = startTimestamp;

    /// <param name="timestamp">Now, in <see cref="TimeProvider.GetTimestamp"/> units.</param>
    /// <param name="timestampFrequency">Ticks per second of <paramref name="timestamp"/>.</param>
    public bool TryTake(long timestamp, long timestampFrequency)
    {
        lock (_lock)
        {
            var elapsedSeconds = (double)(timestamp - _lastRefill) / timestampFrequency;
            if (elapsedSeconds > 0)
            {
                _tokens = Math.Min(capacity, _tokens + (elapsedSeconds * perSecond));
                _lastRefill = timestamp;
            }

            if (_tokens < 1)
            {
                return false;
            }

            _tokens--;
            return true;
        }
    }
}
