using Charter.Domain.Ballots;
using Charter.Domain.Tests.TestDoubles;
using static Charter.Domain.Tests.Ballots.TestBallots;

namespace Charter.Domain.Tests.Ballots;

public sealed class BallotThresholdTests
{
    private static BallotOutcome Decide(BallotThreshold threshold, int yes, int no, int abstain)
    {
        var clock = ManualClock.At2026();
        var electorate = Enumerable.Range(1, yes + no + abstain).Select(i => $"m{i:D2}").ToList();
        var ballot = Open(clock, Majority with { Threshold = threshold, Quorum = 0m }, electorate.Count == 0 ? ["m01"] : electorate);
        CastVotes(ballot, clock, yes, no, abstain);
        return ballot.CloseEarly(clock);
    }

    [Theory]
    [InlineData(3, 2, 0, BallotOutcome.Passed)]
    [InlineData(2, 2, 0, BallotOutcome.Failed)]
    [InlineData(2, 3, 0, BallotOutcome.Failed)]
    [InlineData(1, 0, 5, BallotOutcome.Passed)]
    [InlineData(2, 2, 1, BallotOutcome.Failed)]
    [InlineData(0, 0, 4, BallotOutcome.Failed)]
    public void CloseEarly_SimpleMajority_YesMustOutnumberNo(int yes, int no, int abstain, BallotOutcome expected)
    {
        Assert.Equal(expected, Decide(BallotThreshold.SimpleMajority, yes, no, abstain));
    }

    [Theory]
    [InlineData(10, 5, 0, BallotOutcome.Passed)]
    [InlineData(2, 1, 0, BallotOutcome.Passed)]
    [InlineData(9, 5, 0, BallotOutcome.Failed)]
    [InlineData(3, 2, 0, BallotOutcome.Failed)]
    [InlineData(11, 5, 0, BallotOutcome.Passed)]
    [InlineData(2, 1, 7, BallotOutcome.Passed)]
    [InlineData(1, 1, 0, BallotOutcome.Failed)]
    [InlineData(0, 0, 3, BallotOutcome.Failed)]
    public void CloseEarly_TwoThirds_ExactlyTwoThirdsPassesAndLessFails(int yes, int no, int abstain, BallotOutcome expected)
    {
        Assert.Equal(expected, Decide(BallotThreshold.TwoThirds, yes, no, abstain));
    }

    [Fact]
    public void ThresholdMet_TwoThirds_AgreesWithExactFractionForSmallCounts()
    {
        for (var yes = 0; yes <= 30; yes++)
        {
            for (var no = 0; no <= 30; no++)
            {
                var exact = yes + no > 0 && (decimal)yes / (yes + no) >= 2m / 3m - 0.0000001m;
                Assert.Equal(exact, new BallotTally(yes, no, 0, 60).ThresholdMet(BallotThreshold.TwoThirds));
            }
        }
    }
}
