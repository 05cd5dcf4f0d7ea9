using Charter.Domain.Ballots;
using Charter.Domain.Tests.TestDoubles;
using static Charter.Domain.Tests.Ballots.TestBallots;

namespace Charter.Domain.Tests.Ballots;

public sealed class VoteRefusalTests
{
    [Fact]
    public void Cast_AfterClose_RefusedAndTallyUnchanged()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);
        ballot.Cast("m01", BallotOption.Yes, clock);
        ballot.CloseEarly(clock);

        var error = Assert.Throws<BallotClosedException>(() => ballot.Cast("m01", BallotOption.No, clock));

        Assert.Equal(BallotRefusal.Closed, error.Reason);
        Assert.Contains("closed", error.Message, StringComparison.Ordinal);
        Assert.Equal(new BallotTally(1, 0, 0, 10), ballot.Tally);
        Assert.Single(ballot.History);
    }

    [Fact]
    public void Cast_ByNonMemberOfElectorate_RefusedNamingTheMember()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);

        var error = Assert.Throws<NotInElectorateException>(() => ballot.Cast("outsider", BallotOption.Yes, clock));

        Assert.Equal("outsider", error.MemberId);
        Assert.Empty(ballot.History);
        Assert.Empty(ballot.Voters);
    }

    [Fact]
    public void Cast_ByMemberWhoJoinedAfterOpening_Refused()
    {
        var clock = ManualClock.At2026();
        var electorate = new List<string> { "m01", "m02" };
        var ballot = Open(clock, electorate: electorate);
        electorate.Add("m03");

        Assert.Throws<NotInElectorateException>(() => ballot.Cast("m03", BallotOption.Yes, clock));
    }

    [Fact]
    public void Cast_UndefinedOptionValue_RefusedAsUnknownOption()
    {
        var clock = ManualClock.At2026();
        var ballot = Open(clock);

        var error = Assert.Throws<UnknownBallotOptionException>(() => ballot.Cast("m01", (BallotOption)7, clock));

        Assert.Equal(BallotRefusal.UnknownOption, error.Reason);
        Assert.Empty(ballot.History);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_NameThatIsNoOption_RefusedAsUnknownOption(string? name)
    {
        Assert.Throws<UnknownBallotOptionException>(() => BallotOptions.Parse(name));
    }

    [Theory]
    [InlineData("yes", BallotOption.Yes)]
    [InlineData(" NO ", BallotOption.No)]
    [InlineData("Abstain", BallotOption.Abstain)]
    public void Parse_OptionName_ReadsOption(string name, BallotOption expected)
    {
        Assert.Equal(expected, BallotOptions.Parse(name));
    }
}
