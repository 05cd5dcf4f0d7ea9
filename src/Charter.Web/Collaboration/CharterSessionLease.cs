namespace Charter.Web.Collaboration;

/// <summary>
/// A hold on an open <see cref="CharterSession"/>: while any lease is held the session stays
/// loaded. Dispose it when done (a hub call, or a page in its <c>DisposeAsync</c>).
/// </summary>
public sealed class CharterSessionLease : IAsyncDisposable
{
    private readonly Action _release;
    private int _released;

    internal CharterSessionLease(CharterSession session, Action release)
    {
        Session = session;
        _release = release;
    }

    public CharterSession Session { get; }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _release();
        }

        return ValueTask.CompletedTask;
    }
}
