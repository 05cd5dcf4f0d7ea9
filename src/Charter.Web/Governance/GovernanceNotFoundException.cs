namespace Charter.Web.Governance;

/// <summary>No amendment or ballot has the id asked for.</summary>
public sealed class GovernanceNotFoundException(string what, Guid id) : Exception($"There is no {what} {id}.")
{
    public Guid Id { get; } = id;
}
