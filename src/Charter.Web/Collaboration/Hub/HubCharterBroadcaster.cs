using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.Collaboration.Hub;

/// <summary>Broadcasts committed updates to a charter's hub group.</summary>
public sealed class HubCharterBroadcaster(IHubContext<CharterHub> hub) : ICharterBroadcaster
{
    public Task BroadcastUpdateAsync(string charter, byte[] syncMessage, string? exceptConnectionId)
    {
        var group = CharterHub.GroupName(charter);
        var clients = exceptConnectionId is null ? hub.Clients.Group(group) : hub.Clients.GroupExcept(group, exceptConnectionId);
        return clients.SendAsync("Update", charter, syncMessage);
    }
}
