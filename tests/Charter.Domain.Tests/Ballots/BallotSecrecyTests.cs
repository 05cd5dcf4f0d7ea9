using Charter.Domain.Ballots;
using Charter.Domain.Tests.TestDoubles;
using static Charter.Domain.Tests.Ballots.TestBallots;

namespace Charter.Domain.Tests.Ballots;

public sealed class BallotSecrecyTests
{
    private static readonly BallotRules Secret = Majority with { Secret = true };

    [Fact]
    public void Report_SecretBallotClosed_ShowsTallyAndVotersButNoChoices()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, Secret);
        ballot.Cast("m01", BallotOption.Yes, clock);
        ballot.Cast("m02", BallotOption.No, clock);
        ballot.Cast("m03", BallotOption.Yes, clock);
        ballot.CloseEarly(clock);

        var report = ballot.Report("m01", clock);

        Assert.Equal(new BallotTally(2, 1, 0, 10), report.Tally);
        Assert.Equal(["m01", "m02", "m03"], report.Voters);
        Assert.Null(report.Choices);
    }

    [Fact]
    public void History_SecretBallot_RecordsCarryNoMemberId()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, Secret);
        ballot.Cast("m01", BallotOption.Yes, clock);
        ballot.Cast("m02", BallotOption.No, clock);

        Assert.All(ballot.History, record =>
        {
            Assert.Null(record.MemberId);
            Assert.DoesNotContain("m0", record.VoterKey, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void CloseEarly_SecretBallot_DropsTheKeySoNoOneCanLinkVotersAgain()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, Secret);
        ballot.Cast("m01", BallotOption.No, clock);
        Assert.Equal(32, ballot.SecretKey.Length);
        Assert.Equal(BallotOption.No, ballot.CurrentVoteOf("m01"));

        ballot.CloseEarly(clock);

        Assert.True(ballot.SecretKey.IsEmpty);
        Assert.Null(ballot.CurrentVoteOf("m01"));
    }

    [Fact]
    public void Cast_SecretBallotVoteChanged_StillOneCurrentVote()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, Secret);
        ballot.Cast("m01", BallotOption.Yes, clock);
        ballot.Cast("m01", BallotOption.No, clock);

        Assert.Equal(new BallotTally(0, 1, 0, 10), ballot.Tally);
        Assert.Equal(2, ballot.History.Count);
        Assert.Equal(ballot.History[0].VoterKey, ballot.History[1].VoterKey);
    }

    [Fact]
    public void Report_OpenBallotNotSecret_ShowsWhoVotedWhat()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);
        ballot.Cast("m02", BallotOption.No, clock);
        ballot.Cast("m01", BallotOption.Yes, clock);

        Assert.Equal(
            [new MemberChoice("m01", BallotOption.Yes), new MemberChoice("m02", BallotOption.No)],
            ballot.Report(null, clock).Choices);
    }

    [Fact]
    public void Report_ResultsHiddenUntilClose_NoTallyOrChoicesWhileOpen()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, Majority with { HideResultsUntilClose = true });
        ballot.Cast("m01", BallotOption.Yes, clock);

        var report = ballot.Report("m02", clock);

        Assert.Null(report.Tally);
        Assert.Null(report.Choices);
        Assert.Null(report.Outcome);
        Assert.Equal(["m01"], report.Voters);
    }

    [Fact]
    public void Report_ResultsHiddenUntilClose_VoterStillSeesOwnVote()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, Majority with { HideResultsUntilClose = true });
        ballot.Cast("m01", BallotOption.Abstain, clock);

        Assert.Equal(BallotOption.Abstain, ballot.Report("m01", clock).MyVote);
    }

    [Fact]
    public void Report_ResultsHiddenUntilClose_ShownOnceClosed()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, Majority with { HideResultsUntilClose = true });
        CastVotes(ballot, clock, yes: 4, no: 2, abstain: 0);
        ballot.CloseEarly(clock);

        var report = ballot.Report(null, clock);

        Assert.Equal(new BallotTally(4, 2, 0, 10), report.Tally);
        Assert.Equal(BallotOutcome.Passed, report.Outcome);
        Assert.Equal(6, report.Choices!.Count);
    }
}
