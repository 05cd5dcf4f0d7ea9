using Charter.Web.Collaboration.Admission;
using Charter.Web.Storage;
using Microsoft.Extensions.Options;

namespace Charter.Web.Collaboration;

/// <summary>
/// The open charters: at most one <see cref="CharterSession"/> per charter name in this process.
/// A session loads when first opened, stays while leases are held, and is compacted and unloaded
/// once idle (<see cref="UnloadIdleAsync"/>). An unload in progress is awaited before the charter
/// loads again, so two sessions never write one charter's log.
/// </summary>
public sealed partial class CharterSessionRegistry(
    CharterStore store,
    ICharterBroadcaster broadcaster,
    UpdateAdmission admission,
    IOptions<CollaborationOptions> options,
    TimeProvider clock,
    ILoggerFactory loggers)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task> _unloading = new(StringComparer.Ordinal);
    private readonly ILogger _logger = loggers.CreateLogger<CharterSessionRegistry>();

    /// <summary>Names of every stored charter, in the order they were stored.</summary>
    public Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken cancellationToken) =>
        store.ListNamesAsync(cancellationToken);

    /// <summary>Opens the charter (loading it if needed) and holds it until the lease is disposed.</summary>
    /// <exception cref="CharterNotFoundException">No charter has that name.</exception>
    /// <exception cref="CharterUnreadableException">Its stored rows cannot be read.</exception>
    public async Task<CharterSessionLease> OpenAsync(string name, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task? unloading;
            Entry? entry = null;
            lock (_gate)
            {
                if (!_unloading.TryGetValue(name, out unloading))
                {
                    if (!_open.TryGetValue(name, out entry))
                    {
                        entry = new Entry(LoadAsync(name));
                        _open[name] = entry;
                    }

                    entry.Leases++;
                }
            }

            if (unloading is not null)
            {
                await unloading.WaitAsync(cancellationToken);
                continue;
            }

            try
            {
                var session = await entry!.Loading.WaitAsync(cancellationToken);
                return new CharterSessionLease(session, () => Release(entry));
            }
            catch
            {
                Release(entry!);
                lock (_gate)
                {
                    if (entry!.Loading.IsFaulted && _open.TryGetValue(name, out var current) && current == entry)
                    {
                        _open.Remove(name);
                    }
                }

                throw;
            }
        }
    }

    /// <summary>Compacts and unloads every session nobody has held for <see cref="CollaborationOptions.UnloadWhenIdleFor"/>.</summary>
    public Task UnloadIdleAsync() => UnloadAsync(entry =>
        entry.Leases == 0 && clock.GetUtcNow() - entry.IdleSince >= options.Value.UnloadWhenIdleFor);

    /// <summary>Compacts and unloads every session, held or not (when the app stops).</summary>
    public Task UnloadAllAsync() => UnloadAsync(_ => true);

    private async Task UnloadAsync(Func<Entry, bool> shouldUnload)
    {
        var unloads = new List<Task>();
        lock (_gate)
        {
            foreach (var (name, entry) in _open.ToList())
            {
                if (entry.Loading.IsCompletedSuccessfully && shouldUnload(entry))
                {
                    _open.Remove(name);
                    var unload = UnloadSessionAsync(name, entry.Loading.Result);
                    _unloading[name] = unload;
                    unloads.Add(unload);
                }
            }
        }

        await Task.WhenAll(unloads);
    }

    private async Task UnloadSessionAsync(string name, CharterSession session)
    {
        try
        {
            await session.DisposeAsync();
            LogUnloaded(_logger, name);
        }
        catch (Exception error)
        {
            LogUnloadFailed(_logger, error, name);
        }
        finally
        {
            lock (_gate)
            {
                _unloading.Remove(name);
            }
        }
    }

    private async Task<CharterSession> LoadAsync(string name)
    {
        await Task.Yield();
        var session = await CharterSession.LoadAsync(
            name, store, broadcaster, admission, options.Value, loggers.CreateLogger<CharterSession>(), CancellationToken.None);
        session.Faulted += Forget;
        return session;
    }

    /// <summary>A faulted session is dropped at once, so the next open reloads from the store.</summary>
    private void Forget(CharterSession session)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(session.Name, out var entry)
                && entry.Loading.IsCompletedSuccessfully
                && entry.Loading.Result == session)
            {
                _open.Remove(session.Name);
            }
        }
    }

    private void Release(Entry entry)
    {
        lock (_gate)
        {
            entry.Leases--;
            if (entry.Leases == 0)
            {
                entry.IdleSince = clock.GetUtcNow();
            }
        }
    }

    private sealed class Entry(Task<CharterSession> loading)
    {
        public Task<CharterSession> Loading { get; } = loading;

        public int Leases { get; set; }

        public DateTimeOffset IdleSince { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Unloaded charter {Name} after compacting it.")]
    private static partial void LogUnloaded(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unloading charter {Name} failed; its log rows are kept.")]
    private static partial void LogUnloadFailed(ILogger logger, Exception error, string name);
}
