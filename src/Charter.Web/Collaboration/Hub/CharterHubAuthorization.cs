using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.Collaboration.Hub;

/// <summary>
/// The one place that decides whether a hub call may touch a charter; <see cref="CharterHubFilter"/>
/// asks it before every call. Until accounts and roles exist everyone may read and write.
/// </summary>
public class CharterHubAuthorization
{
    /// <summary>Completes when allowed; throws <see cref="HubException"/> saying why not otherwise.</summary>
    public virtual ValueTask AuthorizeAsync(HubCallerContext caller, string charter, CharterHubAccess access) =>
        ValueTask.CompletedTask;
}
