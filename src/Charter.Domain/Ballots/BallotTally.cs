namespace Charter.Domain.Ballots;

/// <summary>The current votes counted, out of an electorate of <see cref="Electorate"/> members.</summary>
public sealed record BallotTally(int Yes, int No, int Abstain, int Electorate)
{
    public int Voted => Yes + No + Abstain;

    /// <summary>Counts the latest vote of each voter in <paramref name="history"/>, ignoring earlier ones.</summary>
    public static BallotTally Recount(IEnumerable<VoteRecord> history, int electorate)
    {
        var current = history
            .GroupBy(v => v.VoterKey, StringComparer.Ordinal)
            .Select(g => g.MaxBy(v => v.Sequence)!.Option)
            .ToList();
        return new BallotTally(
            current.Count(o => o == BallotOption.Yes),
            current.Count(o => o == BallotOption.No),
            current.Count(o => o == BallotOption.Abstain),
            electorate);
    }

    public bool QuorumReached(decimal quorum) => Voted >= quorum * Electorate;

    public bool ThresholdMet(BallotThreshold threshold) => threshold switch
    {
        _ when Yes + No == 0 => false,
        BallotThreshold.SimpleMajority => Yes > No,
        BallotThreshold.TwoThirds => Yes >= 2 * No,
        _ => throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "Unknown threshold."),
    };

    public BallotOutcome OutcomeUnder(BallotRules rules) =>
        !QuorumReached(rules.Quorum) ? BallotOutcome.NoQuorum
        : ThresholdMet(rules.Threshold) ? BallotOutcome.Passed
        : BallotOutcome.Failed;
}
