namespace Charter.Web.Collaboration.Wire;

/// <summary>
/// One client's awareness state in an awareness update. <see cref="StateJson"/> is the state as
/// the client's JSON text; <c>null</c> (the JSON literal) means the client left.
/// </summary>
public sealed record AwarenessEntry(long ClientId, long Clock, string StateJson)
{
    public const string RemovedState = "null";

    public bool IsRemoval => StateJson == RemovedState;
}
