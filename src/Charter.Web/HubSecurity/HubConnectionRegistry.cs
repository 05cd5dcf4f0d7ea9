using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.HubSecurity;

/// <summary>
/// Each person's open SignalR connections on this node: charter hub connections and Blazor
/// circuits' connections alike (<see cref="HubConnectionTracker"/> sees both), so that
/// <see cref="LocalSessionTermination"/> can end them all at once and the charter hub can cap how
/// many one person holds.
/// </summary>
public sealed class HubConnectionRegistry
{
    private readonly ConcurrentDictionary<string, PersonConnections> _byPerson = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds a connection; a charter hub connection beyond <paramref name="maxCharterConnections"/>
    /// for the person is not added and false is returned. Other hubs' connections are not capped here.
    /// </summary>
    public bool TryAdd(string personId, HubCallerContext connection, bool isCharterHub, int maxCharterConnections)
    {
        var connections = _byPerson.GetOrAdd(personId, _ => new());
        lock (connections)
        {
            if (isCharterHub && connections.Values.Count(c => c.IsCharterHub) >= maxCharterConnections)
            {
                return false;
            }

            connections[connection.ConnectionId] = new TrackedConnection(connection, isCharterHub);
            return true;
        }
    }

    public void Remove(string personId, string connectionId)
    {
        if (_byPerson.TryGetValue(personId, out var connections))
        {
            lock (connections)
            {
                connections.Remove(connectionId);
            }
        }
    }

    /// <summary>The person's open charter hub connections.</summary>
    public int CountFor(string personId) => ConnectionsOf(personId).Count(c => c.IsCharterHub);

    /// <summary>The person's open connections, of every hub.</summary>
    public IReadOnlyList<TrackedConnection> ConnectionsOf(string personId)
    {
        if (!_byPerson.TryGetValue(personId, out var connections))
        {
            return [];
        }

        lock (connections)
        {
            return connections.Values.ToList();
        }
    }

    private sealed class PersonConnections : Dictionary<string, TrackedConnection>
    {
        public PersonConnections()
            : base(StringComparer.Ordinal)
        {
        }
    }
}

/// <summary>One open connection: the charter hub's, or another hub's (a Blazor circuit).</summary>
public sealed record TrackedConnection(HubCallerContext Context, bool IsCharterHub);
