namespace Charter.Domain.Ballots;

/// <summary>A vote by someone who was not a member with voting rights when the ballot opened.</summary>
public sealed class NotInElectorateException(Guid ballotId, string memberId)
    : BallotException(BallotRefusal.NotInElectorate, $"{memberId} is not in the electorate of ballot {ballotId}: only members with voting rights when it opened can vote.")
{
    public string MemberId { get; } = memberId;
}
