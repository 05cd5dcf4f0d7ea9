namespace Charter.Web.Storage;

/// <summary>No stored charter has the name asked for.</summary>
public sealed class CharterNotFoundException(string name)
    : Exception($"No charter named '{name}' is stored.")
{
    public string Name { get; } = name;
}
