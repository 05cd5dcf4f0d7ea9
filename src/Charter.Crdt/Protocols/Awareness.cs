using Charter.Crdt.Lib0;

namespace Charter.Crdt.Protocols;

/// <summary>
/// y-protocols 1.0.7 awareness: a JSON state per client (who is here, cursors, names), each with a
/// clock. A higher clock wins; a null state at the same clock removes the client; nobody else can
/// remove this instance's own state (it bumps its clock instead). States are JSON values in the shapes
/// of <see cref="JsJson"/>. Not thread-safe; there is no timer: the owner calls <see cref="CheckTimeouts"/>.
/// </summary>
public sealed class Awareness
{
    /// <summary>y-protocols' <c>outdatedTimeout</c>: remote states not renewed for this long are dropped.</summary>
    public const long OutdatedTimeoutMilliseconds = 30_000;

    private readonly Dictionary<long, object?> _states = [];
    private readonly Dictionary<long, AwarenessMeta> _meta = [];
    private readonly TimeProvider _time;

    /// <summary>Starts with an empty local state (<c>{}</c>) at clock 0, as y-protocols does.</summary>
    public Awareness(long clientId, TimeProvider? time = null)
    {
        ClientId = clientId;
        _time = time ?? TimeProvider.System;
        SetLocalState(new Dictionary<string, object?>());
    }

    /// <summary>Raised when states were added, removed, or updated to a different value.</summary>
    public event Action<AwarenessChange>? Change;

    /// <summary>Raised on every accepted change, including a renewal with an equal state.</summary>
    public event Action<AwarenessChange>? Update;

    public long ClientId { get; }

    public IReadOnlyDictionary<long, object?> States => _states;

    public IReadOnlyDictionary<long, AwarenessMeta> Meta => _meta;

    public object? GetLocalState() => _states.GetValueOrDefault(ClientId);

    /// <summary>Sets (or with null, removes) this client's state and advances its clock.</summary>
    public void SetLocalState(object? state)
    {
        var clock = _meta.TryGetValue(ClientId, out var current) ? current.Clock + 1 : 0;
        var hadState = _states.TryGetValue(ClientId, out var previous) && previous is not null;
        if (state is null)
        {
            _states.Remove(ClientId);
        }
        else
        {
            _states[ClientId] = state;
        }

        _meta[ClientId] = new AwarenessMeta(clock, Now());
        List<long> added = [], updated = [], filteredUpdated = [], removed = [];
        if (state is null)
        {
            removed.Add(ClientId);
        }
        else if (!hadState)
        {
            added.Add(ClientId);
        }
        else
        {
            updated.Add(ClientId);
            if (!JsonDeepEquals(previous, state))
            {
                filteredUpdated.Add(ClientId);
            }
        }

        if (added.Count > 0 || filteredUpdated.Count > 0 || removed.Count > 0)
        {
            Change?.Invoke(new AwarenessChange(added, filteredUpdated, removed, "local"));
        }

        Update?.Invoke(new AwarenessChange(added, updated, removed, "local"));
    }

    /// <summary>Sets one field of the local state (a JSON object), keeping the others.</summary>
    public void SetLocalStateField(string field, object? value)
    {
        if (GetLocalState() is IDictionary<string, object?> state)
        {
            SetLocalState(new Dictionary<string, object?>(state) { [field] = value });
        }
    }

    /// <summary>
    /// Encodes the given clients' states: count, then per client its id, clock and state as JSON text.
    /// Every client must be known (have meta); a missing or falsy state is sent as null.
    /// </summary>
    public byte[] EncodeAwarenessUpdate(IEnumerable<long> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var entries = new List<AwarenessEntry>();
        foreach (var client in clients)
        {
            if (!_meta.TryGetValue(client, out var meta))
            {
                throw new ArgumentException($"Awareness knows nothing about client {client}.", nameof(clients));
            }

            var state = _states.GetValueOrDefault(client);
            entries.Add(new AwarenessEntry(client, meta.Clock, JsJson.Stringify(IsTruthy(state) ? state : null)));
        }

        return AwarenessUpdate.Write(entries);
    }

    /// <summary>
    /// Applies a remote awareness update. The whole update is decoded first, so malformed bytes throw
    /// <see cref="MalformedUpdateException"/> and change nothing.
    /// </summary>
    public void ApplyAwarenessUpdate(byte[] update, object? origin)
    {
        var entries = Decode(update);
        var timestamp = Now();
        List<long> added = [], updated = [], filteredUpdated = [], removed = [];
        foreach (var (client, remoteClock, state) in entries)
        {
            var clock = remoteClock;
            var known = _meta.TryGetValue(client, out var clientMeta);
            var hadState = _states.TryGetValue(client, out var previous);
            var currentClock = known ? clientMeta.Clock : 0;
            if (!(currentClock < clock || (currentClock == clock && state is null && hadState)))
            {
                continue;
            }

            if (state is null)
            {
                if (client == ClientId && GetLocalState() is not null)
                {
                    // Never let a remote peer remove our own state: answer with a newer clock instead.
                    clock++;
                }
                else
                {
                    _states.Remove(client);
                }
            }
            else
            {
                _states[client] = state;
            }

            _meta[client] = new AwarenessMeta(clock, timestamp);
            if (!known && state is not null)
            {
                added.Add(client);
            }
            else if (known && state is null)
            {
                removed.Add(client);
            }
            else if (state is not null)
            {
                if (!JsonDeepEquals(state, previous))
                {
                    filteredUpdated.Add(client);
                }

                updated.Add(client);
            }
        }

        if (added.Count > 0 || filteredUpdated.Count > 0 || removed.Count > 0)
        {
            Change?.Invoke(new AwarenessChange(added, filteredUpdated, removed, origin));
        }

        if (added.Count > 0 || updated.Count > 0 || removed.Count > 0)
        {
            Update?.Invoke(new AwarenessChange(added, updated, removed, origin));
        }
    }

    /// <summary>Removes the given clients' states (e.g. when a connection closes), as y-protocols' <c>removeAwarenessStates</c>.</summary>
    public void RemoveAwarenessStates(IEnumerable<long> clients, object? origin)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var removed = new List<long>();
        foreach (var client in clients)
        {
            if (!_states.Remove(client))
            {
                continue;
            }

            if (client == ClientId)
            {
                _meta[client] = new AwarenessMeta(_meta[client].Clock + 1, Now());
            }

            removed.Add(client);
        }

        if (removed.Count > 0)
        {
            var change = new AwarenessChange([], [], removed, origin);
            Change?.Invoke(change);
            Update?.Invoke(change);
        }
    }

    /// <summary>
    /// What y-protocols' interval does (it runs every 3 s): renews the local state when half the timeout
    /// has passed, and removes remote states not renewed within the timeout, with origin "timeout".
    /// </summary>
    public void CheckTimeouts()
    {
        var now = Now();
        if (GetLocalState() is { } local && OutdatedTimeoutMilliseconds / 2 <= now - _meta[ClientId].LastUpdated)
        {
            SetLocalState(local);
        }

        var outdated = _meta
            .Where(pair => pair.Key != ClientId && OutdatedTimeoutMilliseconds <= now - pair.Value.LastUpdated && _states.ContainsKey(pair.Key))
            .Select(pair => pair.Key)
            .ToList();
        if (outdated.Count > 0)
        {
            RemoveAwarenessStates(outdated, "timeout");
        }
    }

    private static List<(long Client, long Clock, object? State)> Decode(byte[] update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var raw = AwarenessUpdate.Read(new Lib0Decoder(update));
        var entries = new List<(long, long, object?)>(raw.Count);
        foreach (var entry in raw)
        {
            try
            {
                entries.Add((entry.ClientId, entry.Clock, JsJson.Parse(entry.StateJson)));
            }
            catch (MalformedUpdateException e)
            {
                throw new MalformedUpdateException($"Awareness state of client {entry.ClientId}: {e.Problem}", e);
            }
        }

        return entries;
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>lib0's <c>equalityDeep</c> on JSON values: objects compare by key set, arrays by position.</summary>
    private static bool JsonDeepEquals(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (long x, long y) => x == y,
        (long or double, long or double) => Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture)
            == Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture),
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (bool x, bool y) => x == y,
        (IDictionary<string, object?> x, IDictionary<string, object?> y) =>
            x.Count == y.Count && x.All(pair => y.TryGetValue(pair.Key, out var other) && JsonDeepEquals(pair.Value, other)),
        (IList<object?> x, IList<object?> y) =>
            x.Count == y.Count && x.Zip(y).All(pair => JsonDeepEquals(pair.First, pair.Second)),
        _ => false,
    };

    /// <summary>JavaScript truthiness of a JSON value (<c>states.get(id) || null</c> sends falsy states as null).</summary>
    private static bool IsTruthy(object? value) => value switch
    {
        null or Undefined => false,
        bool flag => flag,
        long number => number != 0,
        double number => number != 0 && !double.IsNaN(number),
        string text => text.Length > 0,
        _ => true,
    };
}
