using Charter.Web.Accounts;
using Charter.Web.Collaboration.Hub;
using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.HubSecurity;

/// <summary>
/// The hub's single authorisation point, with roles: every call needs an active person; reading
/// (Join, Awareness, Leave) is open to every role, writing (Update, UpdateChunk) to members and
/// stewards. Observers may send awareness, so others see who is following along; it carries
/// presence, never text. The standing comes from <see cref="PeopleRoster"/>, so a role change
/// applies to the very next call.
/// </summary>
public sealed class RoleCharterHubAuthorization(PeopleRoster roster, Hosting.CharterMetrics metrics) : CharterHubAuthorization
{
    public override async ValueTask AuthorizeAsync(HubCallerContext caller, string charter, CharterHubAccess access)
    {
        var standing = await roster.FindAsync(caller.User, caller.ConnectionAborted);
        if (standing is not { IsActive: true })
        {
            metrics.RecordRefusal("NotSignedIn");
            throw new HubException("Sign in with an active account to use the charter hub.");
        }

        if (access == CharterHubAccess.Write && !standing.CanEdit)
        {
            metrics.RecordRefusal("ReadOnlyRole");
            throw new HubException($"Your role ({standing.Role}) can read charter '{charter}' but not change it; nothing was applied.");
        }
    }
}
