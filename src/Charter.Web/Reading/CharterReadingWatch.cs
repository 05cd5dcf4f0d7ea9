namespace Charter.Web.Reading;

/// <summary>One read view's hold on a live charter's shared readings; see <see cref="SharedCharterReadings.Watch"/>.</summary>
public sealed class CharterReadingWatch : IDisposable
{
    private readonly SharedCharterReading _shared;
    private readonly Action _unwatch;
    private int _disposed;

    internal CharterReadingWatch(string charter, SharedCharterReading shared, Action unwatch)
    {
        Charter = charter;
        _shared = shared;
        _unwatch = unwatch;
    }

    public string Charter { get; }

    /// <summary>
    /// The charter as of its latest commit in <paramref name="language"/> (the source when null or
    /// unknown), the same instance for every view until the next commit: treat it as read-only.
    /// </summary>
    /// <exception cref="Storage.CharterUnreadableException">The charter's stored rows cannot be read.</exception>
    /// <exception cref="Collaboration.CharterSessionFaultedException">The charter could not be opened afresh after a fault.</exception>
    public Task<CharterReading> ReadAsync(string? language) => _shared.ReadAsync(language);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _unwatch();
        }
    }
}
