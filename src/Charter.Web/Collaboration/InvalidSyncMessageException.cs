namespace Charter.Web.Collaboration;

/// <summary>A well-formed sync frame of the wrong kind for the call, such as a step 1 sent as an update.</summary>
public sealed class InvalidSyncMessageException(string message) : Exception(message);
