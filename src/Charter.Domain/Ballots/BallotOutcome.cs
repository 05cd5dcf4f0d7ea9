namespace Charter.Domain.Ballots;

public enum BallotOutcome
{
    Passed,
    Failed,

    /// <summary>Too few of the electorate voted; the threshold was not looked at.</summary>
    NoQuorum,
}
