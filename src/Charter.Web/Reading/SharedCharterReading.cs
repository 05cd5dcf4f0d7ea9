using Charter.Web.Collaboration;

namespace Charter.Web.Reading;

/// <summary>
/// One charter's <see cref="CharterReading"/>s for its current commit, shared by every open read
/// view (docs/ARCHITECTURE.md, "Reading"). A reading is made at most once per commit and language,
/// lazily, on the session's loop; a commit drops them all and tells the views, which ask again and
/// share the next one. It holds one session lease for all its views. When the session faults it
/// lets that lease go and tells the views: their next read opens the charter again, loaded afresh
/// from the store, so the views keep following it.
/// </summary>
internal sealed class SharedCharterReading(CharterSessionRegistry sessions, string name, Action countDocRead)
{
    /// <summary>Languages kept per commit; more (an odd <c>?lang=</c>) are read but not kept.</summary>
    private const int MaxLanguagesKept = 8;

    private readonly Lock _gate = new();
    private readonly List<Action> _views = [];
    private readonly Dictionary<string, Task<CharterReading>> _readings = new(StringComparer.Ordinal);
    private Task<OpenSession>? _session;

    /// <summary>Adds a view to tell after each commit; returns whether it is the first.</summary>
    public bool AddView(Action onChanged)
    {
        lock (_gate)
        {
            _views.Add(onChanged);
            return _views.Count == 1;
        }
    }

    /// <summary>Removes a view; when it was the last, lets the session go and returns true.</summary>
    public bool RemoveView(Action onChanged)
    {
        Task<OpenSession>? session;
        lock (_gate)
        {
            _views.Remove(onChanged);
            if (_views.Count > 0)
            {
                return false;
            }

            session = _session;
            _session = null;
            _readings.Clear();
        }

        _ = CloseAsync(session);
        return true;
    }

    /// <exception cref="Storage.CharterUnreadableException">The charter's stored rows cannot be read.</exception>
    /// <exception cref="CharterSessionFaultedException">The session faulted again as soon as it was opened.</exception>
    public Task<CharterReading> ReadAsync(string? language)
    {
        var key = language ?? "";
        lock (_gate)
        {
            if (_readings.TryGetValue(key, out var kept) && !kept.IsFaulted && !kept.IsCanceled)
            {
                return kept;
            }

            var reading = ReadFreshAsync(language);
            if (_readings.Count < MaxLanguagesKept || _readings.ContainsKey(key))
            {
                _readings[key] = reading;
            }

            return reading;
        }
    }

    private async Task<CharterReading> ReadFreshAsync(string? language)
    {
        var session = await SessionAsync();
        try
        {
            return await ReadOnAsync(session, language);
        }
        catch (CharterSessionFaultedException)
        {
            // It faulted before its fault reached Drop; once more, on the reloaded charter.
            Drop(session);
            return await ReadOnAsync(await SessionAsync(), language);
        }
    }

    private Task<CharterReading> ReadOnAsync(OpenSession session, string? language) =>
        session.Lease.Session.ReadAsync(doc =>
        {
            countDocRead();
            return CharterReader.Read(doc, language);
        });

    private Task<OpenSession> SessionAsync()
    {
        lock (_gate)
        {
            if (_session is null || _session.IsFaulted || _session.IsCanceled)
            {
                _session = OpenAsync();
            }

            return _session;
        }
    }

    private async Task<OpenSession> OpenAsync()
    {
        var lease = await sessions.OpenAsync(name, CancellationToken.None);
        var session = new OpenSession(lease);
        session.Changed = lease.Session.OnChanged(Changed);
        session.Faulted = lease.Session.OnFaulted(() => Drop(session));
        return session;
    }

    /// <summary>On the session's loop after a commit: forget this commit's readings, then tell the views.</summary>
    private void Changed()
    {
        Action[] views;
        lock (_gate)
        {
            _readings.Clear();
            views = [.. _views];
        }

        foreach (var view in views)
        {
            view();
        }
    }

    /// <summary>Lets a faulted session go (once, whoever notices first) and tells the views to read again.</summary>
    private void Drop(OpenSession faulted)
    {
        lock (_gate)
        {
            if (_session is not { IsCompletedSuccessfully: true } current || current.Result != faulted)
            {
                return;
            }

            _session = null;
        }

        faulted.Dispose();
        Changed();
    }

    private static async Task CloseAsync(Task<OpenSession>? session)
    {
        if (session is null)
        {
            return;
        }

        try
        {
            (await session).Dispose();
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // It never opened: there is nothing to let go.
        }
    }

    private sealed class OpenSession(CharterSessionLease lease) : IDisposable
    {
        public CharterSessionLease Lease { get; } = lease;

        public IDisposable? Changed { get; set; }

        public IDisposable? Faulted { get; set; }

        public void Dispose()
        {
            Changed?.Dispose();
            Faulted?.Dispose();
            _ = Lease.DisposeAsync();
        }
    }
}
