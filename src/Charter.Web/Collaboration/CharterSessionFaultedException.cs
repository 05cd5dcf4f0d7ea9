namespace Charter.Web.Collaboration;

/// <summary>
/// The session could not commit to the store, so its Doc may hold updates that are not durable.
/// It takes no more work; the next open loads the charter afresh from the store.
/// </summary>
public sealed class CharterSessionFaultedException(string name, Exception? innerException = null)
    : Exception($"Charter '{name}' could not save the last updates and was closed; join again to continue.", innerException)
{
    public string Name { get; } = name;
}
