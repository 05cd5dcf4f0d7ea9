using System.Collections.Concurrent;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Hub;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Charter.Web.HubSecurity;

/// <summary>
/// A token bucket per person for presence updates, on top of the hub's message-rate limit: cursor
/// moves are the cheapest message to flood with, and every one is relayed to everyone present.
/// An update over the limit is refused before it is read or relayed; nobody else is affected.
/// </summary>
public sealed class PresenceRateLimit(IOptionsMonitor<PersonLimitsOptions> options, TimeProvider time) : IPresenceLimit
{
    private readonly ConcurrentDictionary<string, TokenBucket> _buckets = new(StringComparer.Ordinal);

    /// <exception cref="HubException">The person sent more presence than the limit allows.</exception>
    public void Take(string personId)
    {
        var bucket = _buckets.GetOrAdd(personId, _ =>
        {
            var limits = options.CurrentValue;
            return new TokenBucket(limits.PresenceBurst, limits.PresenceUpdatesPerSecond, time.GetTimestamp());
        });
        if (!bucket.TryTake(time.GetTimestamp(), time.TimestampFrequency))
        {
            throw HubRefusal.Because(HubRefusal.TooFast, "Too many presence updates: the others still see your last one. Nothing was relayed.");
        }
    }
}
