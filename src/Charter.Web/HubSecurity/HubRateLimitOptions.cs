namespace Charter.Web.HubSecurity;

/// <summary>Settings under <c>Charter:HubRateLimit</c>: a token bucket per person.</summary>
public sealed class HubRateLimitOptions
{
    public const string SectionName = "Charter:HubRateLimit";

    /// <summary>
    /// Calls a person may make in a burst. Typing sends one update per keystroke batch and one
    /// awareness message per cursor move, and a person may have several tabs open.
    /// </summary>
    public int BurstSize { get; set; } = 200;

    /// <summary>Calls per second the bucket refills with.</summary>
    public double CallsPerSecond { get; set; } = 50;
}
