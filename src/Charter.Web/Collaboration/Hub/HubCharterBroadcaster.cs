using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.Collaboration.Hub;

/// <summary>Broadcasts committed updates to a charter's hub group.</summary>
public sealed class HubCharterBroadcaster(IHubContext<CharterHub> hub) : ICharterBroadcaster
{
    public Task BroadcastUpdateAsync(string charter, byte[] syncMessage, IReadOnlyList<string> exceptConnectionIds)
    {
        var group = CharterHub.GroupName(charter);
        var clients = exceptConnectionIds.Count == 0 ? hub.Clients.Group(group) : hub.Clients.GroupExcept(group, exceptConnectionIds);
        return clients.SendAsync("Update", charter, syncMessage);
    }

    public Task SendUpdateAsync(string charter, byte[] syncMessage, string connectionId) =>
        hub.Clients.Client(connectionId).SendAsync("Update", charter, syncMessage);
}
