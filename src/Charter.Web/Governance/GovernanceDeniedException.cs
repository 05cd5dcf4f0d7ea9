namespace Charter.Web.Governance;

/// <summary>The person may not do this: not signed up, deactivated, or without the role it needs.</summary>
public sealed class GovernanceDeniedException(GovernanceDenial reason, string message) : Exception(message)
{
    /// <summary>What was wrong, for telling the person in their language.</summary>
    public GovernanceDenial Reason { get; } = reason;
}
