namespace Charter.Web.Collaboration;

/// <summary>Sends committed update frames to the clients that have joined a charter.</summary>
public interface ICharterBroadcaster
{
    /// <param name="charter">The charter's name.</param>
    /// <param name="syncMessage">A y-protocols update frame.</param>
    /// <param name="exceptConnectionIds">Connections that must not get it (its senders, who have it already).</param>
    Task BroadcastUpdateAsync(string charter, byte[] syncMessage, IReadOnlyList<string> exceptConnectionIds);

    /// <summary>Sends an update frame to one connection that joined <paramref name="charter"/>.</summary>
    Task SendUpdateAsync(string charter, byte[] syncMessage, string connectionId);
}
