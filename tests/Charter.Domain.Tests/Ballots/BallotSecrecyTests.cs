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
    public void Cast_SecretBallot_KeepsNoHistoryAndFilesEachChoiceUnderAKeyThatIsNoMemberId()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, Secret);
        ballot.Cast("m01", BallotOption.Yes, clock);
        ballot.Cast("m02", BallotOption.No, clock);

        Assert.Empty(ballot.History);
        Assert.Equal(2, ballot.SecretVotes.Count);
        Assert.All(ballot.SecretVotes, vote =>
        {
            // A base64 HMAC-SHA256: 32 bytes, never a member id (the property, not a substring that chance can produce).
            Assert.Equal(32, Convert.FromBase64String(vote.VoterKey).Length);
            Assert.DoesNotContain(vote.VoterKey, ballot.Electorate);
        });
    }

    [Fact]
    public void SecretVotes_CastInAnyOrder_KeptInVoterKeyOrder()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, Secret);
        foreach (var member in TenMembers.Reverse())
        {
            ballot.Cast(member, BallotOption.Abstain, clock);
        }

        var keys = ballot.SecretVotes.Select(v => v.VoterKey).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(TenMembers, ballot.Voters);
    }

    [Fact]
    public void Report_SecretBallotOpen_ShowsNoTallyAndNoVotersButTheViewersOwnVote()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, Secret);
        ballot.Cast("m01", BallotOption.Yes, clock);

        var mine = ballot.Report("m01", clock);
        var theirs = ballot.Report("m02", clock);

        Assert.Null(mine.Tally);
        Assert.Null(mine.Voters);
        Assert.Null(mine.Choices);
        Assert.Equal(BallotOption.Yes, mine.MyVote);
        Assert.Null(theirs.Tally);
        Assert.Null(theirs.Voters);
        Assert.Null(theirs.MyVote);
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
    public void Cast_SecretBallotVoteChanged_ReplacesTheChoiceAndKeepsNoTraceOfTheEarlierOne()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, Secret);
        var first = ballot.Cast("m01", BallotOption.Yes, clock);
        var second = ballot.Cast("m01", BallotOption.No, clock);

        Assert.Equal(new BallotTally(0, 1, 0, 10), ballot.Tally);
        Assert.True(first.FirstVote);
        Assert.False(second.FirstVote);
        Assert.Null(first.Record);
        Assert.Null(second.Record);
        Assert.Equal(first.Current!.VoterKey, second.Current!.VoterKey);
        Assert.Equal([new SecretVote(first.Current.VoterKey, BallotOption.No)], ballot.SecretVotes);
        Assert.Empty(ballot.History);
    }

    [Fact]
    public void Restore_SecretBallotFromItsCurrentVotes_SameTallyAndAVoteChangeStillReplaces()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, Secret);
        ballot.Cast("m01", BallotOption.Yes, clock);
        ballot.Cast("m02", BallotOption.No, clock);

        var restored = Ballot.Restore(
            ballot.Id, ballot.Subject, ballot.Rules, ballot.Electorate, ballot.OpenedAt, ballot.Deadline,
            ballot.SecretKey.ToArray(), [], ballot.SecretVotes, ballot.Voters, ballot.ClosedAt, ballot.Outcome);
        restored.Cast("m01", BallotOption.No, clock);

        Assert.Equal(new BallotTally(0, 2, 0, 10), restored.Tally);
        Assert.Equal(2, restored.SecretVotes.Count);
        Assert.Equal(BallotTally.Recount(restored.SecretVotes, 10), restored.Tally);
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
