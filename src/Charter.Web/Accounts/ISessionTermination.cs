namespace Charter.Web.Accounts;

/// <summary>
/// Ends a person's live sessions at once: every open hub connection and every Blazor circuit they
/// hold. <see cref="PeopleRoster"/> calls it when a change of standing must not wait for the
/// cookie's next check: a password reset, a deactivation, or a role that may no longer edit.
/// </summary>
/// <remarks>
/// The single-node implementation (<c>HubSecurity/LocalSessionTermination</c>) ends the sessions
/// held by this process. A multi-node deployment registers one that publishes the call on its
/// backplane, and every node runs the local one on receipt (docs/COLLABORATION.md, "Ending
/// sessions"). Implementations must not throw: the change is already committed.
/// </remarks>
public interface ISessionTermination
{
    /// <param name="standing">The person's standing after the change; it says why (inactive, read-only, new stamp).</param>
    void EndSessions(PersonStanding standing);
}
