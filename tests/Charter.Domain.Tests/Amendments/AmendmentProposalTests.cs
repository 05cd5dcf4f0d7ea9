using Charter.Crdt;
using Charter.Domain.Amendments;
using Charter.Domain.Diffs;
using static Charter.Domain.Tests.Amendments.LiveCharter;

namespace Charter.Domain.Tests.Amendments;

public sealed class AmendmentProposalTests
{
    private static Amendment Propose(Doc live, ProposedChange change, string title = "A title", string rationale = "A reason.") =>
        Amendment.Propose(Guid.NewGuid(), "ana", title, rationale, change, live, Now);

    [Fact]
    public void Propose_ReplaceText_LiveDocUnchanged()
    {
        var live = Create();
        var before = Y.EncodeStateAsUpdate(live);

        Propose(live, new ReplaceClauseText(Connect, "Right to connect", "Everyone may connect."));

        Assert.Equal(before, Y.EncodeStateAsUpdate(live));
    }

    [Fact]
    public void Propose_ReplaceText_BranchHoldsBaseTextAndStateVector()
    {
        var live = Create();

        var amendment = Propose(live, new ReplaceClauseText(Connect, "Right to connect", "Everyone may connect."));

        Assert.Equal(Y.EncodeStateVector(live), amendment.Branch.BaseStateVector);
        Assert.Equal(("Right to connect", ConnectBody), (amendment.Branch.BaseTitle, amendment.Branch.BaseBody));
    }

    [Fact]
    public void ProposedBodyDiff_OneWordReplaced_MarksOnlyThatWord()
    {
        var amendment = Propose(Create(), new ReplaceClauseText(Connect, "Right to connect", ConnectBody.Replace("affordable", "free")));

        var changed = amendment.ProposedBodyDiff.Inline.Where(s => s.Kind != DiffSpanKind.Unchanged).ToList();

        Assert.Equal([new DiffSpan(DiffSpanKind.Deleted, "affordable"), new DiffSpan(DiffSpanKind.Inserted, "free")], changed);
        Assert.False(amendment.ProposedTitleDiff.HasChanges);
    }

    [Fact]
    public void ProposedBodyDiff_DeleteClause_WholeBodyDeleted()
    {
        var amendment = Propose(Create(), new DeleteClause(Speak));

        Assert.Equal([new DiffSpan(DiffSpanKind.Deleted, "Everyone may speak.")], amendment.ProposedBodyDiff.Inline);
    }

    [Theory]
    [InlineData("", "A reason.")]
    [InlineData("   ", "A reason.")]
    [InlineData("A title", "")]
    [InlineData("A title", " \n ")]
    public void Propose_MissingTitleOrRationale_Refused(string title, string rationale)
    {
        Assert.Throws<InvalidAmendmentException>(() =>
            Propose(Create(), new DeleteClause(Speak), title, rationale));
    }

    [Fact]
    public void Propose_UnknownClause_RefusedNamingTheClause()
    {
        var error = Assert.Throws<InvalidAmendmentException>(() => Propose(Create(), new DeleteClause("c-zzzz")));

        Assert.Contains("c-zzzz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_SameWordingAsNow_RefusedAsNoChange()
    {
        Assert.Throws<InvalidAmendmentException>(() =>
            Propose(Create(), new ReplaceClauseText(Connect, "Right to connect", ConnectBody)));
    }

    [Theory]
    [InlineData("c-A1B2")]
    [InlineData("p-abcd")]
    [InlineData("c-abcde")]
    [InlineData(Speak)]
    public void Propose_InsertWithBadOrTakenId_Refused(string newId)
    {
        Assert.Throws<InvalidAmendmentException>(() =>
            Propose(Create(), new InsertClause(Connect, newId, "Right to repair", "Repairs.")));
    }

    [Fact]
    public void Propose_InsertWithMultilineTitle_Refused()
    {
        Assert.Throws<InvalidAmendmentException>(() =>
            Propose(Create(), new InsertClause(Connect, "c-new1", "Right\nto repair", "Repairs.")));
    }

    [Fact]
    public void Propose_EmptyAuthor_Refused()
    {
        Assert.Throws<InvalidAmendmentException>(() =>
            Amendment.Propose(Guid.NewGuid(), "", "T", "R", new DeleteClause(Speak), Create(), Now));
    }
}
