namespace Charter.Web.Collaboration;

/// <summary>
/// Who a <see cref="CharterSession"/> tells after each commit of new updates (or once it faults).
/// Called on the session's loop: a subscriber must return quickly and must not wait for the
/// session. One that throws is logged and the others are still called.
/// </summary>
internal sealed partial class SessionChangeSubscribers(string charter, ILogger logger)
{
    private readonly List<Action> _handlers = [];

    /// <returns>Disposing it unsubscribes.</returns>
    public IDisposable Add(Action onChanged)
    {
        lock (_handlers)
        {
            _handlers.Add(onChanged);
        }

        return new Subscription(this, onChanged);
    }

    public void Notify()
    {
        Action[] handlers;
        lock (_handlers)
        {
            handlers = [.. _handlers];
        }

        foreach (var handler in handlers)
        {
            try
            {
                handler();
            }
            catch (Exception error)
            {
                LogObserverFailed(logger, error, charter);
            }
        }
    }

    private sealed class Subscription(SessionChangeSubscribers subscribers, Action handler) : IDisposable
    {
        public void Dispose()
        {
            lock (subscribers._handlers)
            {
                subscribers._handlers.Remove(handler);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A change observer of charter {Name} failed.")]
    private static partial void LogObserverFailed(ILogger logger, Exception error, string name);
}
