using Charter.Domain.Ballots;
using Charter.Domain.Tests.TestDoubles;
using static Charter.Domain.Tests.Ballots.TestBallots;

namespace Charter.Domain.Tests.Ballots;

public sealed class BallotQuorumTests
{
    [Fact]
    public void CloseEarly_HalfTheElectorateVotedWithHalfQuorum_QuorumReachedAndPassed()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);
        CastVotes(ballot, clock, yes: 3, no: 2, abstain: 0);

        Assert.Equal(BallotOutcome.Passed, ballot.CloseEarly(clock));
    }

    [Fact]
    public void CloseEarly_OneVoterShortOfQuorum_NoQuorumEvenWithOnlyYes()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);
        CastVotes(ballot, clock, yes: 4, no: 0, abstain: 0);

        Assert.Equal(BallotOutcome.NoQuorum, ballot.CloseEarly(clock));
    }

    [Fact]
    public void CloseEarly_AbstentionsCompleteTheQuorum_QuorumReached()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);
        CastVotes(ballot, clock, yes: 2, no: 1, abstain: 2);

        Assert.Equal(BallotOutcome.Passed, ballot.CloseEarly(clock));
        Assert.Equal(new BallotTally(2, 1, 2, 10), ballot.Tally);
    }

    [Fact]
    public void CloseEarly_QuorumAsNonRoundShare_ComparesExactly()
    {
        var clock = ManualClock.At2026();
        var rules = Majority with { Quorum = 0.34m };
        var ballot = Open(clock, rules, ["a", "b", "c"]);
        ballot.Cast("a", BallotOption.Yes, clock);

        Assert.Equal(BallotOutcome.NoQuorum, ballot.CloseEarly(clock));
    }

    [Fact]
    public void CloseEarly_ZeroQuorumAndNoVotes_FailsRatherThanPasses()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, Majority with { Quorum = 0m });

        Assert.Equal(BallotOutcome.Failed, ballot.CloseEarly(clock));
    }

    [Fact]
    public void CloseEarly_ChangedVotesCountOnce_QuorumCountsVotersNotVotes()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);
        for (var i = 0; i < 6; i++)
        {
            ballot.Cast("m01", i % 2 == 0 ? BallotOption.Yes : BallotOption.No, clock);
        }

        Assert.Equal(BallotOutcome.NoQuorum, ballot.CloseEarly(clock));
        Assert.Equal(1, ballot.Tally.Voted);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public void Open_QuorumOutsideZeroToOne_Refused(double quorum)
    {
        var clock = ManualClock.At2026();

        Assert.Throws<InvalidBallotException>(() => Open(clock, Majority with { Quorum = (decimal)quorum }));
    }
}
