using System.Collections.Concurrent;
using Charter.Web.Accounts;
using Charter.Web.Collaboration.Hub;
using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.HubSecurity;

/// <summary>
/// Each person's open hub connections, so that a change of standing reaches them at once instead
/// of at their next call: deactivation closes them; a role that may not edit is told with
/// <c>ReadOnly(reason)</c> so the browser turns its editors read-only. Connections are added and
/// removed by <see cref="HubConnectionTracker"/>.
/// </summary>
public sealed class HubConnectionRegistry : IDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _byPerson = new();
    private readonly PeopleRoster _roster;
    private readonly IHubContext<CharterHub> _hub;

    public HubConnectionRegistry(PeopleRoster roster, IHubContext<CharterHub> hub)
    {
        _roster = roster;
        _hub = hub;
        _roster.StandingChanged += OnStandingChanged;
    }

    /// <summary>Server → client: the connection's person may no longer edit.</summary>
    public const string ReadOnlyMessage = "ReadOnly";

    public void Add(string personId, HubCallerContext connection) =>
        _byPerson.GetOrAdd(personId, _ => new()).TryAdd(connection.ConnectionId, connection);

    public void Remove(string personId, string connectionId)
    {
        if (_byPerson.TryGetValue(personId, out var connections))
        {
            connections.TryRemove(connectionId, out _);
        }
    }

    public int CountFor(string personId) => _byPerson.TryGetValue(personId, out var connections) ? connections.Count : 0;

    public void Dispose() => _roster.StandingChanged -= OnStandingChanged;

    private void OnStandingChanged(PersonStanding standing)
    {
        if (standing.CanEdit || !_byPerson.TryGetValue(standing.Id, out var connections))
        {
            return;
        }

        foreach (var connection in connections.Values)
        {
            if (standing.IsActive)
            {
                _ = _hub.Clients.Client(connection.ConnectionId).SendAsync(ReadOnlyMessage, $"Your role is now {standing.Role}: you can follow the charter but not change it.");
            }
            else
            {
                connection.Abort();
            }
        }
    }
}
