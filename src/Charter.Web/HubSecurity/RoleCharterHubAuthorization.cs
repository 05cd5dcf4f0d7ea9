using Charter.Web.Accounts;
using Charter.Web.Collaboration.Hub;
using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.HubSecurity;

/// <summary>
/// The hub's authorisation with roles: every call needs an active person whose session is still
/// valid (see <see cref="PeopleRoster"/>); <see cref="CharterHubAccess.Read"/> and
/// <see cref="CharterHubAccess.Presence"/> are open to every role, <see cref="CharterHubAccess.Write"/>
/// to members and stewards. Observers may send presence, so others see who is following along; it
/// carries a place and a cursor, never text. The standing is read on every call, so a role change
/// applies to the very next one. An access it does not know is refused. A refused edit is
/// preceded by <c>ReadOnly(role)</c> to the caller, so the browser stops sending and says why.
/// </summary>
public sealed class RoleCharterHubAuthorization(PeopleRoster roster, IHubContext<CharterHub> hub, Hosting.CharterMetrics metrics)
    : ICharterHubAuthorization
{
    public async ValueTask AuthorizeAsync(HubCallerContext caller, string charter, CharterHubAccess access)
    {
        var standing = await roster.FindAsync(caller.User, caller.ConnectionAborted);
        if (standing is not { IsActive: true })
        {
            metrics.RecordRefusal("NotSignedIn");
            throw HubRefusal.Because(HubRefusal.SessionEnded, "Sign in with an active account to use the charter hub.");
        }

        var allowed = access switch
        {
            CharterHubAccess.Read or CharterHubAccess.Presence => true,
            CharterHubAccess.Write => standing.CanEdit,
            _ => false,
        };
        if (!allowed)
        {
            metrics.RecordRefusal("ReadOnlyRole");
            await hub.Clients.Client(caller.ConnectionId).SendAsync(LocalSessionTermination.ReadOnlyMessage, LocalSessionTermination.RoleReason);
            throw HubRefusal.Because(HubRefusal.Role, $"Your role ({standing.Role}) can read charter '{charter}' but not change it; nothing was applied.");
        }
    }
}
