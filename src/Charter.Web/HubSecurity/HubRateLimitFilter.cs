using System.Collections.Concurrent;
using Charter.Web.Collaboration.Hub;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Charter.Web.HubSecurity;

/// <summary>
/// A per-person message-rate limit on hub calls (ASP.NET Core's rate-limiting middleware sees only
/// the connection's HTTP request, not the calls inside it). A call over the limit is refused with a
/// message before any work is done; the connection stays open, and other people are unaffected.
/// The bucket is per person, not per connection, so opening more tabs buys no extra rate.
/// </summary>
public sealed class HubRateLimitFilter(IOptionsMonitor<HubRateLimitOptions> options, TimeProvider time) : IHubFilter
{
    private readonly ConcurrentDictionary<string, TokenBucket> _buckets = new();

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var key = invocationContext.Context.UserIdentifier ?? invocationContext.Context.ConnectionId;
        var bucket = _buckets.GetOrAdd(key, _ =>
        {
            var settings = options.CurrentValue;
            return new TokenBucket(settings.BurstSize, settings.CallsPerSecond, time.GetTimestamp());
        });
        if (!bucket.TryTake(time.GetTimestamp(), time.TimestampFrequency))
        {
            invocationContext.ServiceProvider.GetRequiredService<Hosting.CharterMetrics>().RecordRefusal("RateLimited");
            throw HubRefusal.Because(HubRefusal.TooFast, "Too many messages: slow down and try again in a moment. Nothing was applied.");
        }

        return next(invocationContext);
    }
}
