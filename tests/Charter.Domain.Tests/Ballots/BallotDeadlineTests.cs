using Charter.Domain.Ballots;
using Charter.Domain.Tests.TestDoubles;
using static Charter.Domain.Tests.Ballots.TestBallots;

namespace Charter.Domain.Tests.Ballots;

public sealed class BallotDeadlineTests
{
    [Fact]
    public void Cast_OneTickBeforeDeadline_Accepted()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);
        clock.Set(ballot.Deadline.AddTicks(-1));

        ballot.Cast("m01", BallotOption.Yes, clock);

        Assert.Equal(1, ballot.Tally.Yes);
    }

    [Fact]
    public void Cast_AtDeadline_RefusedAsClosed()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);
        clock.Set(ballot.Deadline);

        var error = Assert.Throws<BallotClosedException>(() => ballot.Cast("m01", BallotOption.Yes, clock));

        Assert.Equal(ballot.Deadline, error.ClosedAt);
        Assert.Empty(ballot.History);
    }

    [Fact]
    public void IsDue_BeforeAndAtDeadline_FalseThenTrue()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);

        Assert.False(ballot.IsDue(clock));
        clock.Set(ballot.Deadline);
        Assert.True(ballot.IsDue(clock));
    }

    [Fact]
    public void CloseAtDeadline_BeforeDeadline_RefusedAndStillOpen()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);

        Assert.Throws<BallotNotDueException>(() => ballot.CloseAtDeadline(clock));
        Assert.False(ballot.IsClosed);
    }

    [Fact]
    public void CloseAtDeadline_LateService_RecordsDeadlineAsCloseTime()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);
        CastVotes(ballot, clock, yes: 5, no: 1, abstain: 0);
        clock.Set(ballot.Deadline.AddHours(3));

        var outcome = ballot.CloseAtDeadline(clock);

        Assert.Equal(BallotOutcome.Passed, outcome);
        Assert.Equal(ballot.Deadline, ballot.ClosedAt);
        Assert.False(ballot.IsDue(clock));
    }

    [Fact]
    public void CloseEarly_BeforeDeadline_ClosedNowAndLaterVotesRefused()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);
        clock.Advance(TimeSpan.FromDays(1));

        ballot.CloseEarly(clock);

        Assert.Equal(clock.GetUtcNow(), ballot.ClosedAt);
        Assert.Throws<BallotClosedException>(() => ballot.Cast("m01", BallotOption.Yes, clock));
    }

    [Fact]
    public void CloseEarly_Twice_RefusedAndOutcomeKept()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);
        CastVotes(ballot, clock, yes: 6, no: 0, abstain: 0);
        ballot.CloseEarly(clock);

        Assert.Throws<BallotClosedException>(() => ballot.CloseEarly(clock));
        Assert.Equal(BallotOutcome.Passed, ballot.Outcome);
    }

    [Fact]
    public void Open_DeadlineNotInFuture_Refused()
    {
        var clock = ManualClock.At2026();

        Assert.Throws<InvalidBallotException>(() => Ballot.Open(
            Guid.NewGuid(), BallotSubject.ForClause("c-a1b2"), Majority, TenMembers, clock.GetUtcNow(), clock));
    }

    [Fact]
    public void Open_EmptyElectorate_Refused()
    {
        var clock = ManualClock.At2026();

        Assert.Throws<InvalidBallotException>(() => Open(clock, electorate: []));
    }

    [Fact]
    public void Report_HalfwayThrough_ShowsTimeLeft()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);
        clock.Advance(TimeSpan.FromDays(6.5));

        Assert.Equal(TimeSpan.FromHours(12), ballot.Report("m01", clock).TimeLeft);
    }
}
