namespace Charter.Domain.Ballots;

/// <summary>A close at the deadline asked for before the deadline (an early close is a steward's separate act).</summary>
public sealed class BallotNotDueException(Guid ballotId, DateTimeOffset deadline)
    : BallotException(BallotRefusal.NotDue, $"Ballot {ballotId} runs until {deadline:u}.")
{
    public DateTimeOffset Deadline { get; } = deadline;
}
