using System.Collections.Concurrent;
using Charter.Web.Accounts;
using Charter.Web.Collaboration.Hub;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Charter.Web.HubSecurity;

/// <summary>
/// Ends a person's sessions held by this process: every charter hub connection is told why with
/// <c>ReadOnly(reason)</c> and closed, every Blazor circuit's connection is closed, and for as long
/// as a disconnected circuit is kept the person's circuits may not be resumed
/// (<see cref="HubConnectionTracker"/>). Their next request meets their new standing: a cookie
/// from before a password reset or deactivation is refused, a demoted person reconnects read-only.
/// For several nodes, an <see cref="ISessionTermination"/> that fans the call out runs this on each.
/// </summary>
public sealed class LocalSessionTermination(
    HubConnectionRegistry registry, IHubContext<CharterHub> hub, IOptions<CircuitOptions> circuits, TimeProvider time) : ISessionTermination
{
    /// <summary>Server → client on the charter hub: the connection's person may no longer edit.</summary>
    public const string ReadOnlyMessage = "ReadOnly";

    /// <summary>Reasons sent with <see cref="ReadOnlyMessage"/>; the browser shows each in the page's language.</summary>
    public const string RoleReason = "role";

    public const string DeactivatedReason = "deactivated";

    public const string SessionEndedReason = "session-ended";

    /// <summary>How long the browser gets to read the reason before its connection closes.</summary>
    private static readonly TimeSpan TellGrace = TimeSpan.FromMilliseconds(200);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _endedAt = new(StringComparer.Ordinal);

    public void EndSessions(PersonStanding standing)
    {
        _endedAt[standing.Id] = time.GetUtcNow();
        var reason = !standing.IsActive ? DeactivatedReason : standing.CanEdit ? SessionEndedReason : RoleReason;
        foreach (var connection in registry.ConnectionsOf(standing.Id))
        {
            if (connection.IsCharterHub)
            {
                _ = TellAndCloseAsync(connection.Context, reason);
            }
            else
            {
                connection.Context.Abort();
            }
        }
    }

    /// <summary>True while a circuit disconnected by <see cref="EndSessions"/> could still be resumed.</summary>
    public bool RecentlyEnded(string personId) =>
        _endedAt.TryGetValue(personId, out var endedAt) && time.GetUtcNow() - endedAt < circuits.Value.DisconnectedCircuitRetentionPeriod;

    /// <summary>
    /// Tells the browser first (it cannot learn why from a dropped connection: reconnect failures
    /// stay inside the SignalR client), then closes. Every call in between is already refused:
    /// authorisation reads the new standing.
    /// </summary>
    private async Task TellAndCloseAsync(HubCallerContext connection, string reason)
    {
        try
        {
            await hub.Clients.Client(connection.ConnectionId).SendAsync(ReadOnlyMessage, reason).WaitAsync(TellGrace);
            await Task.Delay(TellGrace);
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
