namespace Charter.Domain.Ballots;

/// <summary>
/// How many of the yes and no votes must be yes. Abstentions are in neither side. With no yes or
/// no vote at all, nothing passes.
/// </summary>
public enum BallotThreshold
{
    /// <summary>More yes than no: yes &gt; no. A tie fails.</summary>
    SimpleMajority,

    /// <summary>
    /// At least two thirds of yes+no are yes: 3·yes ≥ 2·(yes+no), i.e. yes ≥ 2·no, in integers so
    /// no rounding decides. Exactly two thirds passes (10 yes, 5 no); one vote short fails (9 yes, 5 no).
    /// </summary>
    TwoThirds,
}
