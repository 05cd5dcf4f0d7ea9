namespace Charter.Web.Collaboration.Hub;

/// <summary>A chunk that does not fit the upload it claims to belong to, or breaks an upload limit.</summary>
public sealed class ChunkedUploadException(string message) : Exception(message);
