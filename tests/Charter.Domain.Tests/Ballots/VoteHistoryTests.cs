using Charter.Domain.Ballots;
using Charter.Domain.Tests.TestDoubles;
using static Charter.Domain.Tests.Ballots.TestBallots;

namespace Charter.Domain.Tests.Ballots;

public sealed class VoteHistoryTests
{
    [Fact]
    public void Cast_VoteChangedTwice_OneCurrentVoteAndFullHistory()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);
        ballot.Cast("m01", BallotOption.Yes, clock);
        clock.Advance(TimeSpan.FromHours(1));
        ballot.Cast("m01", BallotOption.No, clock);
        clock.Advance(TimeSpan.FromHours(1));
        ballot.Cast("m01", BallotOption.Abstain, clock);

        Assert.Equal(BallotOption.Abstain, ballot.CurrentVoteOf("m01"));
        Assert.Equal(new BallotTally(0, 0, 1, 10), ballot.Tally);
        Assert.Equal(
            [BallotOption.Yes, BallotOption.No, BallotOption.Abstain],
            ballot.History.Where(v => v.MemberId == "m01").Select(v => v.Option));
        Assert.Equal([1L, 2L, 3L], ballot.History.Select(v => v.Sequence));
        Assert.True(ballot.History[0].CastAt < ballot.History[2].CastAt);
    }

    [Fact]
    public void Tally_ManyRandomVotesAndChanges_EqualsRecountFromHistory()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);
        var random = new Random(6);
        for (var i = 0; i < 500; i++)
        {
            ballot.Cast(TenMembers[random.Next(TenMembers.Length)], BallotOptions.All[random.Next(3)], clock);
        }

        Assert.Equal(BallotTally.Recount(ballot.History, ballot.Electorate.Count), ballot.Tally);
        Assert.Equal(ballot.Voters.Count, ballot.Tally.Voted);
    }

    [Fact]
    public void Restore_FromStoredHistory_SameTallyAndCurrentVotes()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);
        ballot.Cast("m01", BallotOption.Yes, clock);
        ballot.Cast("m02", BallotOption.No, clock);
        ballot.Cast("m01", BallotOption.No, clock);

        var restored = Ballot.Restore(
            ballot.Id, ballot.Subject, ballot.Rules, ballot.Electorate, ballot.OpenedAt, ballot.Deadline,
            ballot.SecretKey.ToArray(), ballot.History.Reverse(), [], ballot.Voters, ballot.ClosedAt, ballot.Outcome);

        Assert.Equal(ballot.Tally, restored.Tally);
        Assert.Equal(BallotOption.No, restored.CurrentVoteOf("m01"));
        restored.Cast("m03", BallotOption.Yes, clock);
        Assert.Equal(4, restored.History[^1].Sequence);
    }
}
