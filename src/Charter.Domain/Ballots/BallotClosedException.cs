namespace Charter.Domain.Ballots;

/// <summary>A vote or a close on a ballot that has closed or whose deadline has passed.</summary>
public sealed class BallotClosedException(Guid ballotId, DateTimeOffset closedAt)
    : BallotException(BallotRefusal.Closed, $"Ballot {ballotId} closed at {closedAt:u}; it takes no more votes.")
{
    public Guid BallotId { get; } = ballotId;

    public DateTimeOffset ClosedAt { get; } = closedAt;
}
