namespace Charter.Domain.Amendments;

/// <summary>Adoption refused because the amendment overlaps edits made since its base; it is now in conflict.</summary>
public sealed class AmendmentConflictException(Guid amendmentId, AmendmentConflict conflict)
    : AmendmentException(AmendmentRefusal.InConflict, $"Amendment {amendmentId} cannot be adopted: {conflict.Describe()}. Refresh it against the current text first.")
{
    public AmendmentConflict Conflict { get; } = conflict;
}
