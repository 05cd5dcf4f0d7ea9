namespace Charter.Web.Collaboration.Hub;

/// <summary>An awareness update the hub will not relay: someone else's client id, too large, or not a state object.</summary>
public sealed class PresenceRefusedException(string message) : Exception(message);
