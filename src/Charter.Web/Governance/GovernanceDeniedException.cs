namespace Charter.Web.Governance;

/// <summary>The person may not do this: not signed up, deactivated, or without the role it needs.</summary>
public sealed class GovernanceDeniedException(string message) : Exception(message);
