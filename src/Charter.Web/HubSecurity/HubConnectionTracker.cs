using Charter.Web.Accounts;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Hub;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Charter.Web.HubSecurity;

/// <summary>
/// A global hub filter, so it sees every hub: the charter hub and the hub behind Blazor circuits.
/// It registers each signed-in person's connections in <see cref="HubConnectionRegistry"/>,
/// refuses a charter hub connection beyond <see cref="PersonLimitsOptions.MaxHubConnections"/>
/// with a message, and refuses to resume a Blazor circuit whose person's sessions were ended
/// (see <see cref="LocalSessionTermination"/>): the browser then reloads the page, which asks
/// for a fresh sign-in or renders with the person's new standing.
/// </summary>
public sealed class HubConnectionTracker(
    HubConnectionRegistry registry, LocalSessionTermination terminations, PeopleRoster roster, IOptionsMonitor<PersonLimitsOptions> limits) : IHubFilter
{
    /// <summary>The Blazor circuit hub's method that reconnects a circuit the server still holds.</summary>
    public const string ReconnectCircuitMethod = "ConnectCircuit";

    /// <summary>
    /// The Blazor circuit hub's method that starts a new circuit from the state the browser kept,
    /// which the browser tries when <see cref="ReconnectCircuitMethod"/> answers false. Refusing
    /// only the first would let the page carry on in a fresh circuit, under a cookie whose
    /// person no longer has standing.
    /// </summary>
    public const string ResumeCircuitMethod = "ResumeCircuit";

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (context.Context.UserIdentifier is { } personId)
        {
            var max = limits.CurrentValue.MaxHubConnections;
            if (!registry.TryAdd(personId, context.Context, context.Hub is CharterHub, max))
            {
                throw HubRefusal.Because(HubRefusal.TooManyConnections, $"You already have {max} live connections to the charter (tabs or devices); close one and this page will connect.");
            }
        }

        await next(context);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.Hub is not CharterHub
            && invocationContext.HubMethodName is ReconnectCircuitMethod or ResumeCircuitMethod
            && await HasLostStandingAsync(invocationContext.Context))
        {
            // ConnectCircuit answers whether the circuit was reconnected, ResumeCircuit the new
            // circuit's id; false and null make the browser give up on it and reload the page.
            return invocationContext.HubMethodName == ReconnectCircuitMethod ? false : null;
        }

        return await next(invocationContext);
    }

    /// <summary>
    /// Whether the connection's person had their sessions ended or no longer has standing. Such
    /// a connection usually arrives as a visitor's, because the cookie it carries no longer signs
    /// anyone in; <see cref="EndedSignIn"/> tells it apart from a real visitor's.
    /// </summary>
    private async ValueTask<bool> HasLostStandingAsync(HubCallerContext connection)
    {
        if (EndedSignIn.IsMarked(connection.GetHttpContext()))
        {
            return true;
        }

        return connection.UserIdentifier is { } personId
            && (terminations.RecentlyEnded(personId) || await roster.FindAsync(connection.User) is not { IsActive: true });
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.UserIdentifier is { } personId)
        {
            registry.Remove(personId, context.Context.ConnectionId);
        }

        await next(context, exception);
    }
}
