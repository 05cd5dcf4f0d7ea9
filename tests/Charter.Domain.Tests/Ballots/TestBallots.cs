using Charter.Domain.Ballots;
using Charter.Domain.Tests.TestDoubles;

namespace Charter.Domain.Tests.Ballots;

internal static class TestBallots
{
    public static readonly string[] TenMembers = ["m01", "m02", "m03", "m04", "m05", "m06", "m07", "m08", "m09", "m10"];

    public static readonly BallotRules Majority = new(0.5m, BallotThreshold.SimpleMajority, HideResultsUntilClose: false, Secret: false);

    public static Ballot Open(ManualClock clock, BallotRules? rules = null, IEnumerable<string>? electorate = null) =>
        Ballot.Open(
            Guid.NewGuid(),
            BallotSubject.ForClause("c-a1b2"),
            rules ?? Majority,
            electorate ?? TenMembers,
            clock.GetUtcNow().AddDays(7),
            clock);

    /// <summary>Casts the given numbers of yes, no and abstain votes from the first members of the electorate.</summary>
    public static void CastVotes(Ballot ballot, ManualClock clock, int yes, int no, int abstain)
    {
        var members = ballot.Electorate.Order(StringComparer.Ordinal).ToList();
        var next = 0;
        foreach (var (option, count) in new[] { (BallotOption.Yes, yes), (BallotOption.No, no), (BallotOption.Abstain, abstain) })
        {
            for (var i = 0; i < count; i++)
            {
                ballot.Cast(members[next++], option, clock);
            }
        }
    }
}
