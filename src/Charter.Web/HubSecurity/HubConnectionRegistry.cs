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

    /// <summary>How long a deactivated person's connection may live after being told: well under a second.</summary>
    private static readonly TimeSpan CloseGrace = TimeSpan.FromMilliseconds(200);

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

        var reason = standing.IsActive
            ? $"Your role is now {standing.Role}: you can follow the charter but not change it."
            : "Your account was deactivated.";
        foreach (var connection in connections.Values)
        {
            _ = standing.IsActive ? TellReadOnlyAsync(connection, reason) : TellAndCloseAsync(connection, reason);
        }
    }

    private Task TellReadOnlyAsync(HubCallerContext connection, string reason) =>
        _hub.Clients.Client(connection.ConnectionId).SendAsync(ReadOnlyMessage, reason);

    /// <summary>
    /// Tells the browser first (it cannot learn why from a dropped connection: reconnect failures
    /// stay inside the SignalR client), then closes within a second (README "People and roles").
    /// </summary>
    private async Task TellAndCloseAsync(HubCallerContext connection, string reason)
    {
        try
        {
            await TellReadOnlyAsync(connection, reason).WaitAsync(CloseGrace);
            await Task.Delay(CloseGrace);
        }
        catch (Exception error) when (error is TimeoutException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // The message could not go out; closing matters more.
        }
        finally
        {
            connection.Abort();
        }
    }
}
