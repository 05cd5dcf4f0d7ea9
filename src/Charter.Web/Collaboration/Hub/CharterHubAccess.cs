namespace Charter.Web.Collaboration.Hub;

/// <summary>What a hub call does to a charter, for <see cref="CharterHubAuthorization"/>.</summary>
public enum CharterHubAccess
{
    /// <summary>Join, Awareness, Leave: see the charter and who is here.</summary>
    Read,

    /// <summary>Update, UpdateChunk: change the charter.</summary>
    Write,
}
