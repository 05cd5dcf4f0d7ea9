using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.Collaboration.Hub;

/// <summary>
/// Decides whether a hub call may touch a charter; <see cref="CharterHubFilter"/> asks it before
/// every call. There is no allow-all default: the app registers the role-based one
/// (<c>HubSecurity/RoleCharterHubAuthorization</c>), and without one the hub cannot be resolved.
/// </summary>
public interface ICharterHubAuthorization
{
    /// <summary>Completes when allowed; throws <see cref="HubException"/> saying why not otherwise.</summary>
    ValueTask AuthorizeAsync(HubCallerContext caller, string charter, CharterHubAccess access);
}
