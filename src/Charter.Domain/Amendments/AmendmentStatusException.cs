namespace Charter.Domain.Amendments;

/// <summary>A move between statuses that <see cref="AmendmentStatus"/> does not allow.</summary>
public sealed class AmendmentStatusException(Guid amendmentId, AmendmentStatus from, string action)
    : AmendmentException(AmendmentRefusal.WrongStatus, $"Amendment {amendmentId} is {from}; it cannot be {action}.")
{
    public AmendmentStatus From { get; } = from;

    public string Action { get; } = action;
}
