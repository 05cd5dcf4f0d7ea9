using Charter.Crdt;
using Charter.Domain.Amendments;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;
using static Charter.Domain.Tests.Amendments.LiveCharter;

namespace Charter.Domain.Tests.Amendments;

public sealed class AmendmentAdoptionTests
{

    private static Amendment ProposeOpen(Doc live, ProposedChange change)
    {
        var amendment = Amendment.Propose(Guid.NewGuid(), "ana", "Affordable and free", "Because.", change, live, Now);
        amendment.Open("ana");
        return amendment;
    }

    [Fact]
    public void Adopt_NothingEditedSince_LiveTextBecomesProposedText()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to connect freely", ConnectBody.Replace("affordable", "free of charge")));

        amendment.Adopt(live, Now);

        Assert.Equal(new Clause(Connect, "Right to connect freely", ConnectBody.Replace("affordable", "free of charge")), ClauseOf(live, Connect));
        Assert.Equal(AmendmentStatus.Adopted, amendment.Status);
    }

    [Fact]
    public void Adopt_SameClauseEditedElsewhereSinceProposal_BothEditsSurvive()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to connect", ConnectBody.Replace("affordable", "free of charge")));
        EditBody(live, Connect, body => body.Insert(ConnectBody.IndexOf("the network", StringComparison.Ordinal), "any part of "));

        Assert.Null(amendment.CheckConflict(live));
        amendment.Adopt(live, Now);

        Assert.Equal(
            "Everyone may connect to any part of the network freely. Access must be free of charge for every community.",
            ClauseOf(live, Connect).Body);
    }

    [Fact]
    public void Adopt_OtherClauseEditedSinceProposal_OtherEditSurvives()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to connect", "Everyone may connect."));
        EditBody(live, Speak, body => body.Insert(body.Length, " In any language."));

        amendment.Adopt(live, Now);

        Assert.Equal("Everyone may connect.", ClauseOf(live, Connect).Body);
        Assert.Equal("Everyone may speak. In any language.", ClauseOf(live, Speak).Body);
    }

    [Fact]
    public void Adopt_DeleteClause_ClauseLeavesOrderAndClauses()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new DeleteClause(Speak));

        amendment.Adopt(live, Now);

        Assert.Equal([Connect, Open], ClauseIds(live));
        Assert.False(live.GetMap(CharterDocument.ClausesKey).ContainsKey(Speak));
        Assert.Equal(AmendmentStatus.Adopted, amendment.Status);
        Assert.Equal(Now, amendment.AdoptedAt);
    }

    [Fact]
    public void Adopt_InsertClause_NewClauseFollowsAnchorEvenAfterEditsBeforeIt()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new InsertClause(Connect, "c-new1", "Right to repair", "Devices can be repaired."));
        EditOnPeer(live, peer => peer.GetArray(CharterDocument.OrderKey).Insert(0, "c-zzzz"));

        amendment.Adopt(live, Now);

        Assert.Equal([Connect, "c-new1", Speak, Open], ClauseIds(live));
        Assert.Equal(new Clause("c-new1", "Right to repair", "Devices can be repaired."), ClauseOf(live, "c-new1"));
    }

    [Fact]
    public void Adopt_OnPeerThatReceivesTheUpdate_PeerShowsAdoptedText()
    {
        var live = Create();
        var peer = new Doc();
        Y.ApplyUpdate(peer, Y.EncodeStateAsUpdate(live));
        var amendment = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to connect", "Everyone may connect."));
        var seen = new List<byte[]>();
        live.Update += (update, _, _) => seen.Add(update);

        amendment.Adopt(live, Now);
        foreach (var update in seen)
        {
            Y.ApplyUpdate(peer, update);
        }

        Assert.Equal("Everyone may connect.", ClauseOf(peer, Connect).Body);
    }

    [Fact]
    public void Propose_TextInserted_BranchItemsUseOneFreshClientId()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to connect", ConnectBody.Replace("affordable", "free of charge")));

        var branchClients = Y.DecodeStateVector(Y.EncodeStateVectorFromUpdate(amendment.Branch.Update)).Keys;
        var baseClients = Y.DecodeStateVector(amendment.Branch.BaseStateVector);

        var branchClient = Assert.Single(branchClients);
        Assert.NotEqual(live.ClientId, branchClient);
        Assert.DoesNotContain(branchClient, baseClients.Keys);
    }

    [Fact]
    public void Adopt_OverlappingEditSince_RefusedWithConflictAndLiveUnchanged()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to connect", ConnectBody.Replace("affordable", "free of charge")));
        EditBody(live, Connect, body => body.Insert(ConnectBody.IndexOf("affordable", StringComparison.Ordinal), "very "));
        var before = Y.EncodeStateAsUpdate(live);

        var error = Assert.Throws<AmendmentConflictException>(() => amendment.Adopt(live, Now));

        Assert.Equal(AmendmentConflictReason.OverlappingEdits, error.Conflict.Reason);
        Assert.Equal(AmendmentStatus.InConflict, amendment.Status);
        Assert.Equal(before, Y.EncodeStateAsUpdate(live));
    }

    [Fact]
    public void Adopt_CorruptBranch_RefusedWithMergeErrorAndLiveUnchanged()
    {
        var live = Create();
        var proposed = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to connect", "Everyone may connect."));
        var corrupt = Amendment.Restore(
            proposed.Id, "ana", proposed.Title, proposed.Rationale, proposed.Change,
            proposed.Branch with { Update = [.. proposed.Branch.Update.Take(proposed.Branch.Update.Length / 2)] },
            AmendmentStatus.Open, null, Now, null);
        var before = Y.EncodeStateAsUpdate(live);

        Assert.Throws<AmendmentMergeException>(() => corrupt.Adopt(live, Now));

        Assert.Equal(before, Y.EncodeStateAsUpdate(live));
        Assert.Equal(AmendmentStatus.Open, corrupt.Status);
    }

    [Fact]
    public void Adopt_Draft_RefusedAsNotOpen()
    {
        var live = Create();
        var amendment = Amendment.Propose(Guid.NewGuid(), "ana", "T", "R", new DeleteClause(Speak), live, Now);

        var error = Assert.Throws<AmendmentStatusException>(() => amendment.Adopt(live, Now));

        Assert.Equal(AmendmentStatus.Draft, error.From);
        Assert.Equal([Connect, Speak, Open], ClauseIds(live));
    }

    public static TheoryData<string> EveryKind => ["replace", "insert", "delete"];

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void PrepareAdoption_BranchAlreadyMergedBeforeACrash_NothingToApplyAndTheRecordCanFinish(string kind)
    {
        var live = Create();
        ProposedChange change = kind switch
        {
            "replace" => new ReplaceClauseText(Connect, "Right to connect", "Everyone may connect."),
            "insert" => new InsertClause(Speak, "c-new1", "Right to rest", "Everyone may rest."),
            _ => new DeleteClause(Speak),
        };
        var stored = ProposeOpen(live, change);
        var retried = Amendment.Restore(stored.Id, stored.AuthorId, stored.Title, stored.Rationale, stored.Change, stored.Branch,
            stored.Status, stored.StatusBeforeConflict, stored.ProposedAt, stored.AdoptedAt);
        Y.ApplyUpdate(live, stored.PrepareAdoption(live)!);
        var merged = Y.EncodeStateAsUpdate(live);

        Assert.True(retried.IsMergedInto(live));
        Assert.Null(retried.PrepareAdoption(live));
        retried.MarkAdopted(Now);

        Assert.Equal(AmendmentStatus.Adopted, retried.Status);
        Assert.Equal(merged, Y.EncodeStateAsUpdate(live));
    }

    [Fact]
    public void PrepareAdoption_RetryThatAnEarlierVersionLeftInConflict_ReturnsToOpenAndFinishes()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new ReplaceClauseText(Connect, "Right to connect", "Everyone may connect."));
        Y.ApplyUpdate(live, amendment.Branch.Update);
        Assert.NotNull(amendment.CheckConflict(live));
        Assert.Equal(AmendmentStatus.InConflict, amendment.Status);

        Assert.Null(amendment.PrepareAdoption(live));
        amendment.MarkAdopted(Now);

        Assert.Equal(AmendmentStatus.Adopted, amendment.Status);
        Assert.Equal("Everyone may connect.", ClauseOf(live, Connect).Body);
    }

    [Fact]
    public void IsMergedInto_BranchNotYetApplied_False()
    {
        var live = Create();
        var amendment = ProposeOpen(live, new DeleteClause(Speak));

        Assert.False(amendment.IsMergedInto(live));
    }
}
