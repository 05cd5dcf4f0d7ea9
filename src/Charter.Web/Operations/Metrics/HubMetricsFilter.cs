using Charter.Web.Hosting;
using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.Operations.Metrics;

/// <summary>
/// Counts open hub connections, and calls the hub refuses with the refusal's type as the reason
/// (a malformed update, an invalid sync message, a chunk too large, an unknown charter…). It is
/// the charter hub's innermost filter, so it sees the typed error before it becomes a message to
/// the caller; refusals made further out (rate limit, role) are counted where they are made.
/// </summary>
public sealed class HubMetricsFilter(CharterMetrics metrics) : IHubFilter
{
    private long _connections;

    public long Connections => Interlocked.Read(ref _connections);

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            metrics.RecordRefusal(error.GetType().Name);
            throw;
        }
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        Interlocked.Increment(ref _connections);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        Interlocked.Decrement(ref _connections);
        await next(context, exception);
    }
}
