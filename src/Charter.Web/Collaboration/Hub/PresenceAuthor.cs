namespace Charter.Web.Collaboration.Hub;

/// <summary>
/// Who sent an awareness update, as the server knows them: the connection, and the person's id,
/// display name and preferred colour from their account. The name and colour stamped on every
/// relayed state come from here, never from the state the browser sent.
/// </summary>
public sealed record PresenceAuthor(string ConnectionId, string PersonId, string DisplayName, string PreferredColour);
