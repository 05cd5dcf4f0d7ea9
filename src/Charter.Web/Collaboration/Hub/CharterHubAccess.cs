namespace Charter.Web.Collaboration.Hub;

/// <summary>What a hub call needs from the caller; <see cref="CharterHubMethods"/> maps every method to one.</summary>
public enum CharterHubAccess
{
    /// <summary>See the charter (Join, Leave): any active person.</summary>
    Read,

    /// <summary>Say who is here and where (Awareness): any active person, within the presence limits.</summary>
    Presence,

    /// <summary>Change the charter (Update, UpdateChunk): an active member or steward.</summary>
    Write,
}
