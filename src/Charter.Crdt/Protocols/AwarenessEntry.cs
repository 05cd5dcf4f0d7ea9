namespace Charter.Crdt.Protocols;

/// <summary>
/// One client's entry in an awareness update, with its state still as the client's JSON text;
/// the JSON literal <c>null</c> means the client left. A relay can read and forward entries
/// without parsing states it has no use for.
/// </summary>
public sealed record AwarenessEntry(long ClientId, long Clock, string StateJson)
{
    public const string RemovedState = "null";

    public bool IsRemoval => StateJson == RemovedState;
}
