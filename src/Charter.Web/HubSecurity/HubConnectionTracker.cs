using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.HubSecurity;

/// <summary>Registers every hub connection under its person in <see cref="HubConnectionRegistry"/>.</summary>
public sealed class HubConnectionTracker(HubConnectionRegistry registry) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (context.Context.UserIdentifier is { } personId)
        {
            registry.Add(personId, context.Context);
        }

        await next(context);
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
