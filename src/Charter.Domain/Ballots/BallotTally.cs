namespace Charter.Domain.Ballots;

/// <summary>The current votes counted, out of an electorate of <see cref="Electorate"/> members.</summary>
public sealed record BallotTally(int Yes, int No, int Abstain, int Electorate)
{
    public int Voted => Yes + No + Abstain;

    /// <summary>Counts the latest vote of each member in <paramref name="history"/>, ignoring earlier ones.</summary>
    public static BallotTally Recount(IEnumerable<VoteRecord> history, int electorate) =>
        Count(
            history
                .GroupBy(v => v.MemberId, StringComparer.Ordinal)
                .Select(g => g.MaxBy(v => v.Sequence)!.Option),
            electorate);

    /// <summary>Counts a secret ballot's current votes, one per voter key.</summary>
    public static BallotTally Recount(IEnumerable<SecretVote> current, int electorate) =>
        Count(current.Select(v => v.Option), electorate);

    private static BallotTally Count(IEnumerable<BallotOption> current, int electorate)
    {
        var options = current.ToList();
        return new BallotTally(
            options.Count(o => o == BallotOption.Yes),
            options.Count(o => o == BallotOption.No),
            options.Count(o => o == BallotOption.Abstain),
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
