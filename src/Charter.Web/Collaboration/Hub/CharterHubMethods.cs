namespace Charter.Web.Collaboration.Hub;

/// <summary>
/// The one table of what each <see cref="CharterHub"/> method needs. <see cref="CharterHubFilter"/>
/// refuses a call to a method that is not listed, so a method added to the hub stays closed until
/// someone decides here what it needs (a test compares this table with the hub's methods).
/// </summary>
public static class CharterHubMethods
{
    public static readonly IReadOnlyDictionary<string, CharterHubAccess> Access = new Dictionary<string, CharterHubAccess>(StringComparer.Ordinal)
    {
        [nameof(CharterHub.Join)] = CharterHubAccess.Read,
        [nameof(CharterHub.Leave)] = CharterHubAccess.Read,
        [nameof(CharterHub.Awareness)] = CharterHubAccess.Presence,
        [nameof(CharterHub.Update)] = CharterHubAccess.Write,
        [nameof(CharterHub.UpdateChunk)] = CharterHubAccess.Write,
    };

    /// <summary>The access <paramref name="method"/> needs, or null when it is not in the table (refused).</summary>
    public static CharterHubAccess? For(string method) => Access.TryGetValue(method, out var access) ? access : null;
}
