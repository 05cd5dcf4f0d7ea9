using Charter.Web.Accounts;

namespace Charter.Web.Collaboration;

/// <summary>
/// Where an update came from. A hub caller has a connection id (it is not echoed to it); an
/// update accepted by another server and relayed by a backplane would have none and is simply
/// broadcast to everyone here.
/// </summary>
/// <param name="ConnectionId">The SignalR connection that sent it, if any.</param>
/// <param name="UserId">The signed-in user, once accounts exist.</param>
public sealed record UpdateOrigin(string? ConnectionId, string? UserId)
{
    /// <summary>
    /// The sender's role as of this call, read from their current standing by the hub; what
    /// <see cref="DestructiveEditPolicy"/> checks. Null counts as no standing at all.
    /// </summary>
    public CharterRole? SenderRole { get; init; }
}
