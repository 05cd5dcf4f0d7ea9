using Charter.Domain.Amendments;
using Charter.Domain.Diffs;
using Charter.Domain.Documents;
using static Charter.Domain.Tests.Amendments.LiveCharter;

namespace Charter.Domain.Tests.Amendments;

public sealed class AmendmentConflictTests
{
    private static readonly string Proposed = ConnectBody.Replace("affordable", "free of charge");

    private static Amendment ProposeOpen(Crdt.Doc live, ProposedChange change)
    {
        var amendment = Amendment.Propose(Guid.NewGuid(), "ana", "Free access", "Because.", change, live, Now);
        amendment.Open("ana");
        return amendment;
    }

    [Fact]
    public void CheckConflict_SamePlaceEditedSinceBase_FlagsConflictBeforeAnyVote()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to connect", Proposed));
        var at = ConnectBody.IndexOf("affordable", StringComparison.Ordinal);
        EditBody(live, Connect, body =>
        {
            body.Delete(at, "affordable".Length);
            body.Insert(at, "cheap");
        });

        var conflict = amendment.CheckConflict(live);

        Assert.NotNull(conflict);
        var overlap = Assert.Single(conflict.Overlaps);
        Assert.Equal(ClauseField.Body, overlap.Field);
        Assert.Equal(new TextEdit(at, "affordable".Length, "free of charge"), overlap.Amendment);
        Assert.Equal(new TextEdit(at, "affordable".Length, "cheap"), overlap.SinceBase);
        Assert.Equal(AmendmentStatus.InConflict, amendment.Status);
    }

    [Fact]
    public void CheckConflict_InsertionRightAtTheReplacedWord_FlagsConflict()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to connect", Proposed));
        EditBody(live, Connect, body => body.Insert(ConnectBody.IndexOf("affordable", StringComparison.Ordinal), "truly "));

        Assert.NotNull(amendment.CheckConflict(live));
    }

    [Fact]
    public void CheckConflict_EditInTheNextSentence_NoConflict()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to connect", Proposed));
        EditBody(live, Connect, body => body.Insert(ConnectBody.IndexOf("connect", StringComparison.Ordinal), "safely "));

        Assert.Null(amendment.CheckConflict(live));
        Assert.Equal(AmendmentStatus.Open, amendment.Status);
    }

    [Fact]
    public void CheckConflict_TitleEditedWhereAmendmentEditsTitle_FlagsTitleOverlap()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to access", ConnectBody));
        EditOnPeer(live, peer =>
        {
            var title = Text(peer, Connect, CharterDocument.TitleKey);
            title.Delete("Right to ".Length, "connect".Length);
            title.Insert("Right to ".Length, "join");
        });

        var conflict = amendment.CheckConflict(live);

        Assert.Equal(ClauseField.Title, Assert.Single(conflict!.Overlaps).Field);
    }

    [Fact]
    public void CheckConflict_ClauseRemovedSinceBase_FlagsClauseRemoved()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Speak, "Right to speak", "All may speak."));
        ProposeOpen(live, new DeleteClause(Speak)).Adopt(live, Now);

        Assert.Equal(AmendmentConflictReason.ClauseRemoved, amendment.CheckConflict(live)!.Reason);
    }

    [Fact]
    public void CheckConflict_DeletedClauseEditedSinceBase_FlagsEditedSinceBase()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new DeleteClause(Speak));
        EditBody(live, Speak, body => body.Insert(body.Length, " Loudly."));

        Assert.Equal(AmendmentConflictReason.ClauseEditedSinceBase, amendment.CheckConflict(live)!.Reason);
    }

    [Fact]
    public void CheckConflict_AnchorOfNewClauseRemoved_FlagsAnchorRemoved()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new InsertClause(Speak, "c-new1", "Right to repair", "Repairs."));
        ProposeOpen(live, new DeleteClause(Speak)).Adopt(live, Now);

        Assert.Equal(AmendmentConflictReason.AnchorRemoved, amendment.CheckConflict(live)!.Reason);
    }

    [Fact]
    public void CheckConflict_OverlapUndoneLater_ReturnsToOpen()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to connect", Proposed));
        var at = ConnectBody.IndexOf("affordable", StringComparison.Ordinal);
        EditBody(live, Connect, body => body.Insert(at, "truly "));
        Assert.NotNull(amendment.CheckConflict(live));

        EditBody(live, Connect, body => body.Delete(at, "truly ".Length));

        Assert.Null(amendment.CheckConflict(live));
        Assert.Equal(AmendmentStatus.Open, amendment.Status);
    }

    [Fact]
    public void Preview_InConflict_ShowsCurrentAndMergedText()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to connect", Proposed));
        var at = ConnectBody.IndexOf("affordable", StringComparison.Ordinal);
        EditBody(live, Connect, body => body.Insert(at, "truly "));

        var preview = amendment.Preview(live);

        Assert.Equal(ConnectBody.Insert(at, "truly "), preview.CurrentBody);
        Assert.Contains("free of charge", preview.AdoptedBody, StringComparison.Ordinal);
        Assert.Contains("truly", preview.AdoptedBody, StringComparison.Ordinal);
        Assert.DoesNotContain("affordable", preview.AdoptedBody, StringComparison.Ordinal);
        Assert.Equal(preview.CurrentBody, string.Concat(preview.BodyDiff.Left.Select(s => s.Text)));
        Assert.Equal(preview.AdoptedBody, string.Concat(preview.BodyDiff.Right.Select(s => s.Text)));
        Assert.Equal(ConnectBody.Insert(at, "truly "), ClauseOf(live, Connect).Body);
    }

    [Fact]
    public void Refresh_InConflict_ClearsConflictAndAdoptionGivesProposedWording()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to connect", Proposed));
        EditBody(live, Connect, body => body.Insert(ConnectBody.IndexOf("affordable", StringComparison.Ordinal), "truly "));
        Assert.NotNull(amendment.CheckConflict(live));

        amendment.Refresh("ana", live);

        Assert.Equal(AmendmentStatus.Open, amendment.Status);
        Assert.Null(amendment.CheckConflict(live));
        Assert.Equal(ConnectBody.Replace("affordable", "truly affordable"), amendment.Branch.BaseBody);
        amendment.Adopt(live, Now);
        Assert.Equal(Proposed, ClauseOf(live, Connect).Body);
    }

    [Fact]
    public void Refresh_ByAnotherMember_Refused()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to connect", Proposed));

        Assert.Throws<AmendmentPermissionException>(() => amendment.Refresh("bea", live));
    }

    [Fact]
    public void Refresh_ClauseGone_RefusedAsInvalid()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Speak, "Right to speak", "All may speak."));
        ProposeOpen(live, new DeleteClause(Speak)).Adopt(live, Now);

        Assert.Throws<InvalidAmendmentException>(() => amendment.Refresh("ana", live));
    }
}
