namespace Charter.Web.Collaboration;

/// <summary>Sends a committed update frame to the clients that have joined a charter.</summary>
public interface ICharterBroadcaster
{
    /// <param name="charter">The charter's name.</param>
    /// <param name="syncMessage">A y-protocols update frame.</param>
    /// <param name="exceptConnectionId">The sender, who already has it; null to send to everyone.</param>
    Task BroadcastUpdateAsync(string charter, byte[] syncMessage, string? exceptConnectionId);
}
