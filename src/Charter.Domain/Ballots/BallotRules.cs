namespace Charter.Domain.Ballots;

/// <summary>
/// How a ballot decides. <see cref="Quorum"/> is the share of the electorate that must vote
/// (abstentions count as voting), from 0 to 1: reached when voters ≥ quorum × electorate.
/// <see cref="HideResultsUntilClose"/> hides the tally and the choices until the ballot closes;
/// <see cref="Secret"/> never links a voter to a choice, and shows the tally and who voted only once
/// the ballot closes. <see cref="Unit"/> says whether members or organisations vote; quorum and
/// thresholds count whichever it is.
/// </summary>
public sealed record BallotRules(decimal Quorum, BallotThreshold Threshold, bool HideResultsUntilClose, bool Secret, VotingUnit Unit = VotingUnit.Member)
{
    /// <exception cref="InvalidBallotException">A rule is out of range.</exception>
    public BallotRules Validated()
    {
        if (Quorum is < 0m or > 1m)
        {
            throw new InvalidBallotException(BallotRefusal.QuorumOutOfRange, $"A quorum is a share of the electorate between 0 and 1; {Quorum} is not.");
        }

        if (!Enum.IsDefined(Threshold))
        {
            throw new InvalidBallotException(BallotRefusal.UnknownThreshold, $"Unknown threshold {(int)Threshold}.");
        }

        if (!Enum.IsDefined(Unit))
        {
            throw new InvalidBallotException(BallotRefusal.UnknownVotingUnit, $"Unknown voting unit {(int)Unit}.");
        }

        return this;
    }
}
