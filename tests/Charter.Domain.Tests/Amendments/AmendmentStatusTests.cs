using Charter.Domain.Amendments;
using static Charter.Domain.Tests.Amendments.LiveCharter;

namespace Charter.Domain.Tests.Amendments;

public sealed class AmendmentStatusTests
{
    private static Amendment Draft(Crdt.Doc live) =>
        Amendment.Propose(Guid.NewGuid(), "ana", "Shorter", "Clearer.", new ReplaceClauseText(Speak, "Right to speak", "All may speak."), live, Now);

    [Fact]
    public void Propose_ValidChange_StartsAsDraft()
    {
        var amendment = Draft(Create());

        Assert.Equal(AmendmentStatus.Draft, amendment.Status);
        Assert.Equal(AmendmentKind.ReplaceText, amendment.Kind);
        Assert.Equal(Speak, amendment.ClauseId);
    }

    [Fact]
    public void Open_ByAuthor_DraftBecomesOpen()
    {
        var amendment = Draft(Create());

        amendment.Open("ana");

        Assert.Equal(AmendmentStatus.Open, amendment.Status);
    }

    [Fact]
    public void Open_ByAnotherMember_Refused()
    {
        var amendment = Draft(Create());

        Assert.Throws<AmendmentPermissionException>(() => amendment.Open("bea"));
        Assert.Equal(AmendmentStatus.Draft, amendment.Status);
    }

    [Fact]
    public void Open_Twice_RefusedAsAlreadyOpen()
    {
        var amendment = Draft(Create());
        amendment.Open("ana");

        var error = Assert.Throws<AmendmentStatusException>(() => amendment.Open("ana"));

        Assert.Equal(AmendmentStatus.Open, error.From);
    }

    [Fact]
    public void Withdraw_ByAuthorBeforeAnyVote_Withdrawn()
    {
        var amendment = Draft(Create());
        amendment.Open("ana");

        amendment.Withdraw("ana", anyVoteCast: false);

        Assert.Equal(AmendmentStatus.Withdrawn, amendment.Status);
    }

    [Fact]
    public void Withdraw_AfterAVoteWasCast_RefusedAndStillOpen()
    {
        var amendment = Draft(Create());
        amendment.Open("ana");

        var error = Assert.Throws<AmendmentPermissionException>(() => amendment.Withdraw("ana", anyVoteCast: true));

        Assert.Equal(AmendmentRefusal.VotesCast, error.Reason);
        Assert.Equal(AmendmentStatus.Open, amendment.Status);
    }

    [Fact]
    public void Withdraw_ByAnotherMember_Refused()
    {
        var amendment = Draft(Create());

        var error = Assert.Throws<AmendmentPermissionException>(() => amendment.Withdraw("bea", anyVoteCast: false));

        Assert.Equal(AmendmentRefusal.NotTheAuthor, error.Reason);
        Assert.Equal(AmendmentStatus.Draft, amendment.Status);
    }

    [Fact]
    public void Reject_OpenAmendment_RejectedAndFinal()
    {
        var live = Create();
        var amendment = Draft(live);
        amendment.Open("ana");

        amendment.Reject();

        Assert.Equal(AmendmentStatus.Rejected, amendment.Status);
        Assert.True(amendment.IsFinal);
        Assert.Throws<AmendmentStatusException>(() => amendment.Withdraw("ana", anyVoteCast: false));
        Assert.Throws<AmendmentStatusException>(() => amendment.Adopt(live, Now));
        Assert.Throws<AmendmentStatusException>(() => amendment.Refresh("ana", live));
    }

    [Fact]
    public void Reject_Draft_RefusedAsNeverVotedOn()
    {
        var amendment = Draft(Create());

        Assert.Throws<AmendmentStatusException>(amendment.Reject);
    }

    [Fact]
    public void CheckConflict_AdoptedAmendment_StaysAdopted()
    {
        var live = Create();
        var amendment = Draft(live);
        amendment.Open("ana");
        amendment.Adopt(live, Now);
        EditBody(live, Speak, body => body.Delete(0, body.Length));

        Assert.Null(amendment.CheckConflict(live));
        Assert.Equal(AmendmentStatus.Adopted, amendment.Status);
    }

    [Fact]
    public void Refresh_DraftInConflict_ReturnsToDraft()
    {
        var live = Create();
        var amendment = Draft(live);
        EditBody(live, Speak, body => body.Insert(0, "Truly "));
        Assert.NotNull(amendment.CheckConflict(live));

        amendment.Refresh("ana", live);

        Assert.Equal(AmendmentStatus.Draft, amendment.Status);
    }
}
