namespace Charter.Web.Collaboration.Hub;

/// <summary>
/// How much presence one person may send, checked before an update is read or relayed. The app
/// registers the per-person token bucket (<c>HubSecurity/PresenceRateLimit</c>), beside the
/// hub's other limits.
/// </summary>
public interface IPresenceLimit
{
    /// <summary>Returns when allowed; throws a <c>HubException</c> saying why not otherwise.</summary>
    void Take(string personId);
}
