namespace Charter.Web.Collaboration;

/// <summary>
/// What the sender of an update gets once the update is applied and committed.
/// </summary>
/// <param name="Sequence">The update's log sequence number: proof it is durable.</param>
/// <param name="MissingDependencies">
/// The Doc now holds structs or deletions waiting for updates it never received; the sender should
/// resync.
/// </param>
public sealed record UpdateAcknowledgement(long Sequence, bool MissingDependencies)
{
    /// <summary>Set when the update removed clauses or parts or much text: what, and the state before it.</summary>
    public DestructiveEdit? Destructive { get; init; }
}
