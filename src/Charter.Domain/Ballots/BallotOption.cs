namespace Charter.Domain.Ballots;

public enum BallotOption
{
    Yes,
    No,

    /// <summary>Counts towards the quorum, not towards the threshold.</summary>
    Abstain,
}
