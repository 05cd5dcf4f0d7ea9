using Charter.Domain.Ballots;
using Charter.Domain.Tests.TestDoubles;

namespace Charter.Domain.Tests.Ballots;

/// <summary>A per-organisation ballot counts organisations: one current vote each, whichever delegate cast it.</summary>
public sealed class OrganisationBallotTests
{
    private static readonly string[] FourOrganisations = ["org-a", "org-b", "org-c", "org-d"];

    private static readonly BallotRules PerOrganisation =
        new(0.5m, BallotThreshold.SimpleMajority, HideResultsUntilClose: false, Secret: false, VotingUnit.Organisation);

    [Fact]
    public void CloseEarly_HalfTheOrganisationsVoted_QuorumCountsOrganisations()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, PerOrganisation);
        ballot.Cast("org-a", BallotOption.Yes, clock, castBy: "ana");
        ballot.Cast("org-b", BallotOption.Abstain, clock, castBy: "bea");

        Assert.Equal(BallotOutcome.Passed, ballot.CloseEarly(clock));
        Assert.Equal(new BallotTally(1, 0, 1, 4), ballot.Tally);
    }

    [Fact]
    public void CloseEarly_OneOrganisationShortOfQuorum_NoQuorum()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, PerOrganisation with { Quorum = 0.75m });
        ballot.Cast("org-a", BallotOption.Yes, clock, castBy: "ana");
        ballot.Cast("org-b", BallotOption.Yes, clock, castBy: "bea");

        Assert.Equal(BallotOutcome.NoQuorum, ballot.CloseEarly(clock));
    }

    [Fact]
    public void CloseEarly_TwoOrganisationsTied_FailsOnSimpleMajority()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, PerOrganisation);
        ballot.Cast("org-a", BallotOption.Yes, clock, castBy: "ana");
        ballot.Cast("org-b", BallotOption.No, clock, castBy: "bea");

        Assert.Equal(BallotOutcome.Failed, ballot.CloseEarly(clock));
    }

    [Theory]
    [InlineData(2, 1, BallotOutcome.Passed)]
    [InlineData(1, 1, BallotOutcome.Failed)]
    [InlineData(3, 0, BallotOutcome.Passed)]
    public void CloseEarly_TwoThirds_CountsOrganisationsNotDelegates(int yes, int no, BallotOutcome expected)
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, PerOrganisation with { Threshold = BallotThreshold.TwoThirds });
        var organisations = FourOrganisations.ToList();
        for (var i = 0; i < yes; i++)
        {
            ballot.Cast(organisations[i], BallotOption.Yes, clock, castBy: $"delegate-{i}");
        }

        for (var i = yes; i < yes + no; i++)
        {
            ballot.Cast(organisations[i], BallotOption.No, clock, castBy: $"delegate-{i}");
        }

        Assert.Equal(expected, ballot.CloseEarly(clock));
    }

    [Fact]
    public void Cast_SecondDelegateOfTheSameOrganisation_ReplacesTheFirstAndTheHistoryNamesBoth()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, PerOrganisation);

        var first = ballot.Cast("org-a", BallotOption.Yes, clock, castBy: "ana");
        var second = ballot.Cast("org-a", BallotOption.No, clock, castBy: "bea");

        Assert.True(first.FirstVote);
        Assert.False(second.FirstVote);
        Assert.Equal(new BallotTally(0, 1, 0, 4), ballot.Tally);
        Assert.Equal(["org-a"], ballot.Voters);
        Assert.Equal([("org-a", "ana"), ("org-a", "bea")], ballot.History.Select(v => (v.MemberId, v.CastBy!)));
        Assert.Equal(ballot.Tally, BallotTally.Recount(ballot.History, 4));
        Assert.Equal(BallotOption.No, ballot.CurrentVoteOf("org-a"));
    }

    [Fact]
    public void Cast_SecretBallotTwoDelegates_KeepsOneChoiceAndNoDelegate()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, PerOrganisation with { Secret = true });

        ballot.Cast("org-a", BallotOption.Yes, clock, castBy: "ana");
        var changed = ballot.Cast("org-a", BallotOption.Abstain, clock, castBy: "bea");

        Assert.Null(changed.Record);
        Assert.Empty(ballot.History);
        var current = Assert.Single(ballot.SecretVotes);
        Assert.Equal(BallotOption.Abstain, current.Option);
        Assert.DoesNotContain("ana", current.VoterKey, StringComparison.Ordinal);
        Assert.DoesNotContain("org-a", current.VoterKey, StringComparison.Ordinal);
        ballot.CloseEarly(clock);
        Assert.Equal(new BallotTally(0, 0, 1, 4), ballot.Tally);
        Assert.Null(ballot.CurrentVoteOf("org-a"));
    }

    [Fact]
    public void Cast_OrganisationVoteWithoutDelegate_OrMemberVoteWithOne_IsRefused()
    {
        var clock = ManualClock.At2026();
        var perOrganisation = Open(clock, PerOrganisation);
        var perMember = Open(clock, PerOrganisation with { Unit = VotingUnit.Member });

        Assert.Throws<ArgumentException>(() => perOrganisation.Cast("org-a", BallotOption.Yes, clock));
        Assert.Throws<ArgumentException>(() => perMember.Cast("org-a", BallotOption.Yes, clock, castBy: "ana"));
        Assert.Empty(perOrganisation.Voters);
        Assert.Empty(perMember.Voters);
    }

    [Fact]
    public void Cast_OrganisationOutsideTheElectorate_IsRefused()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock, PerOrganisation);

        Assert.Throws<NotInElectorateException>(() => ballot.Cast("org-z", BallotOption.Yes, clock, castBy: "zoe"));
    }

    private static Ballot Open(ManualClock clock, BallotRules rules) =>
        Ballot.Open(Guid.NewGuid(), BallotSubject.ForClause("c-a1b2"), rules, FourOrganisations, clock.GetUtcNow().AddDays(7), clock);
}
