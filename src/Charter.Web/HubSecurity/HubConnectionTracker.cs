using Charter.Web.Accounts;
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
    /// <summary>The Blazor circuit hub's method that resumes a circuit on a new connection.</summary>
    public const string ResumeCircuitMethod = "ConnectCircuit";

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (context.Context.UserIdentifier is { } personId)
        {
            var max = limits.CurrentValue.MaxHubConnections;
            if (!registry.TryAdd(personId, context.Context, context.Hub is CharterHub, max))
            {
                throw new HubException($"You already have {max} live connections to the charter (tabs or devices); close one and this page will connect.");
            }
        }

        await next(context);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.Hub is not CharterHub
            && invocationContext.HubMethodName == ResumeCircuitMethod
            && invocationContext.Context.UserIdentifier is { } personId
            && (terminations.RecentlyEnded(personId) || await roster.FindAsync(invocationContext.Context.User) is not { IsActive: true }))
        {
            // ConnectCircuit answers whether the circuit was resumed; false makes the browser reload.
            return false;
        }

        return await next(invocationContext);
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
