namespace Charter.Web.Collaboration;

/// <summary>
/// Settings under <c>Charter:PersonLimits</c>: what one person may hold on the hub at once, so that
/// one person at their limits leaves everyone else's editing unaffected.
/// </summary>
public sealed class PersonLimitsOptions
{
    public const string SectionName = "Charter:PersonLimits";

    /// <summary>Open charter hub connections (tabs, devices) per person; one more is refused with a message.</summary>
    public int MaxHubConnections { get; set; } = 8;

    /// <summary>
    /// Characters in one presence state (a place, a cursor, the name the server stamps). A connection
    /// holds one state, so a person holds at most <see cref="MaxHubConnections"/> of them.
    /// </summary>
    public int MaxPresenceStateLength { get; set; } = 4096;

    /// <summary>Presence updates per second per person (all their connections together), refilling a bucket of <see cref="PresenceBurst"/>.</summary>
    public double PresenceUpdatesPerSecond { get; set; } = 10;

    public int PresenceBurst { get; set; } = 20;
}
