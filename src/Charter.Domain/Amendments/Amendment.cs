using Charter.Crdt;
using Charter.Domain.Diffs;

namespace Charter.Domain.Amendments;

/// <summary>
/// A proposed change to one clause, kept as a CRDT branch (<see cref="AmendmentBranch"/>) so that
/// adopting it merges with everything edited since it was proposed (docs/ARCHITECTURE.md, "Amendments as branches"). The live Doc
/// passed to its methods belongs to the caller, who serialises access to it.
/// </summary>
public sealed class Amendment
{
    private Amendment(
        Guid id,
        string authorId,
        string title,
        string rationale,
        ProposedChange change,
        AmendmentBranch branch,
        AmendmentStatus status,
        AmendmentStatus? statusBeforeConflict,
        DateTimeOffset proposedAt,
        DateTimeOffset? adoptedAt)
    {
        Id = id;
        AuthorId = authorId;
        Title = title;
        Rationale = rationale;
        Change = change;
        Branch = branch;
        Status = status;
        StatusBeforeConflict = statusBeforeConflict;
        ProposedAt = proposedAt;
        AdoptedAt = adoptedAt;
    }

    public Guid Id { get; }

    public string AuthorId { get; }

    public string Title { get; }

    /// <summary>Markdown; render it with <c>SafeMarkdown</c>.</summary>
    public string Rationale { get; }

    public ProposedChange Change { get; }

    public AmendmentKind Kind => Change.Kind;

    public string ClauseId => Change.ClauseId;

    public AmendmentBranch Branch { get; private set; }

    public AmendmentStatus Status { get; private set; }

    /// <summary>Draft or Open while <see cref="Status"/> is InConflict: where a refresh returns it.</summary>
    public AmendmentStatus? StatusBeforeConflict { get; private set; }

    public DateTimeOffset ProposedAt { get; }

    public DateTimeOffset? AdoptedAt { get; private set; }

    public bool IsFinal => Status is AmendmentStatus.Adopted or AmendmentStatus.Rejected or AmendmentStatus.Withdrawn;

    /// <summary>The "base → proposed" diff of the title (empty → title for a new clause, title → empty for a removal).</summary>
    public WordDiff ProposedTitleDiff => WordDiff.Compute(Branch.BaseTitle, ProposedText.Title);

    public WordDiff ProposedBodyDiff => WordDiff.Compute(Branch.BaseBody, ProposedText.Body);

    private (string Title, string Body) ProposedText => Change switch
    {
        ReplaceClauseText replace => (replace.Title, replace.Body),
        InsertClause insert => (insert.Title, insert.Body),
        _ => ("", ""),
    };

    /// <summary>Creates a draft amendment, branching from <paramref name="live"/> as it is now.</summary>
    /// <exception cref="InvalidAmendmentException">The description or the change is not acceptable.</exception>
    public static Amendment Propose(
        Guid id, string authorId, string title, string rationale, ProposedChange change, Doc live, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(authorId))
        {
            throw new InvalidAmendmentException(AmendmentRefusal.MissingAuthor, "An amendment needs an author.");
        }

        ProposalRules.CheckDescription(title, rationale);
        ProposalRules.CheckChange(live, change);
        return new Amendment(
            id, authorId, title.Trim(), rationale, change, AmendmentFork.Create(live, change),
            AmendmentStatus.Draft, null, now, null);
    }

    /// <summary>Rebuilds a stored amendment exactly as it was saved; no rule is re-run.</summary>
    public static Amendment Restore(
        Guid id,
        string authorId,
        string title,
        string rationale,
        ProposedChange change,
        AmendmentBranch branch,
        AmendmentStatus status,
        AmendmentStatus? statusBeforeConflict,
        DateTimeOffset proposedAt,
        DateTimeOffset? adoptedAt) =>
        new(id, authorId, title, rationale, change, branch, status, statusBeforeConflict, proposedAt, adoptedAt);

    /// <summary>The author puts a draft up for discussion and a ballot.</summary>
    public void Open(string actorId)
    {
        RequireAuthor(actorId, "open");
        RequireStatus("opened", AmendmentStatus.Draft);
        Status = AmendmentStatus.Open;
    }

    /// <summary>The author takes the amendment back; allowed only until the first vote on it.</summary>
    public void Withdraw(string actorId, bool anyVoteCast)
    {
        RequireAuthor(actorId, "withdraw");
        RequireStatus("withdrawn", AmendmentStatus.Draft, AmendmentStatus.Open, AmendmentStatus.InConflict);
        if (anyVoteCast)
        {
            throw new AmendmentPermissionException(AmendmentRefusal.VotesCast, $"Amendment {Id} cannot be withdrawn: votes have been cast on it.");
        }

        Status = AmendmentStatus.Withdrawn;
        StatusBeforeConflict = null;
    }

    /// <summary>
    /// Compares the amendment with the live text. A conflict moves a draft or open amendment to
    /// InConflict; an amendment in conflict whose conflict has gone (say, the overlapping edit
    /// was undone) returns to where it was. Final amendments are left alone.
    /// </summary>
    public AmendmentConflict? CheckConflict(Doc live)
    {
        if (IsFinal)
        {
            return null;
        }

        var conflict = ConflictDetector.Find(live, Change, Branch);
        if (conflict is not null && Status is not AmendmentStatus.InConflict)
        {
            StatusBeforeConflict = Status;
            Status = AmendmentStatus.InConflict;
        }
        else if (conflict is null && Status is AmendmentStatus.InConflict)
        {
            LeaveConflict();
        }

        return conflict;
    }

    /// <summary>The clause now and after adopting the amendment now, merged on a copy of <paramref name="live"/>.</summary>
    public MergePreview Preview(Doc live)
    {
        var copy = AmendmentFork.Copy(live);
        var (currentTitle, currentBody) = CharterClauses.Read(copy, ClauseId);
        Y.ApplyUpdate(copy, Branch.Update);
        var (adoptedTitle, adoptedBody) = CharterClauses.Read(copy, ClauseId);
        return new MergePreview(ClauseId, currentTitle, currentBody, adoptedTitle, adoptedBody);
    }

    /// <summary>
    /// The author rebuilds the branch against the current text, keeping the proposed wording:
    /// the base becomes the live text, so nothing edited since can overlap any more.
    /// </summary>
    /// <exception cref="InvalidAmendmentException">The proposal no longer fits the charter (its clause or anchor is gone, or it changes nothing now).</exception>
    public void Refresh(string actorId, Doc live)
    {
        RequireAuthor(actorId, "refresh");
        RequireStatus("refreshed", AmendmentStatus.Draft, AmendmentStatus.Open, AmendmentStatus.InConflict);
        ProposalRules.CheckChange(live, Change);
        Branch = AmendmentFork.Create(live, Change);
        if (Status is AmendmentStatus.InConflict)
        {
            LeaveConflict();
        }
    }

    /// <summary>
    /// Checks that the open amendment can be adopted into <paramref name="live"/> now, and returns
    /// the update to apply. Nothing is changed in <paramref name="live"/>: the merge is tried on a
    /// copy first, so a caller that then applies the update (through the charter's session, which
    /// stores and broadcasts it) knows it will merge.
    /// </summary>
    /// <exception cref="AmendmentConflictException">It overlaps edits made since its base; it is now InConflict.</exception>
    /// <exception cref="AmendmentMergeException">The branch does not merge (corrupt or based on state the doc lacks).</exception>
    public byte[] PrepareAdoption(Doc live)
    {
        RequireStatus("adopted", AmendmentStatus.Open, AmendmentStatus.InConflict);
        if (CheckConflict(live) is { } conflict)
        {
            throw new AmendmentConflictException(Id, conflict);
        }

        RequireStatus("adopted", AmendmentStatus.Open);
        var copy = AmendmentFork.Copy(live);
        try
        {
            Y.ApplyUpdate(copy, Branch.Update);
        }
        catch (MalformedUpdateException e)
        {
            throw new AmendmentMergeException(Id, "its stored branch is not a valid update", e);
        }

        if (copy.HasPending)
        {
            throw new AmendmentMergeException(Id, "its branch depends on changes the live charter does not have");
        }

        return Branch.Update;
    }

    /// <summary>
    /// Records that the update from <see cref="PrepareAdoption"/> has been merged into the live text.
    /// The ballot that adopted it keeps the tally; the versions changelog reads it from there.
    /// </summary>
    public void MarkAdopted(DateTimeOffset now)
    {
        RequireStatus("adopted", AmendmentStatus.Open);
        Status = AmendmentStatus.Adopted;
        AdoptedAt = now;
    }

    /// <summary>Prepares, merges into <paramref name="live"/> and records the adoption in one step; on any refusal nothing changes.</summary>
    public void Adopt(Doc live, DateTimeOffset now, object? origin = null)
    {
        var update = PrepareAdoption(live);
        Y.ApplyUpdate(live, update, origin);
        MarkAdopted(now);
    }

    /// <summary>Its ballot failed or had no quorum.</summary>
    public void Reject()
    {
        RequireStatus("rejected", AmendmentStatus.Open, AmendmentStatus.InConflict);
        Status = AmendmentStatus.Rejected;
        StatusBeforeConflict = null;
    }

    private void LeaveConflict()
    {
        Status = StatusBeforeConflict ?? AmendmentStatus.Draft;
        StatusBeforeConflict = null;
    }

    private void RequireAuthor(string actorId, string action)
    {
        if (actorId != AuthorId)
        {
            throw new AmendmentPermissionException(AmendmentRefusal.NotTheAuthor, $"Only the author of amendment {Id} can {action} it.");
        }
    }

    private void RequireStatus(string action, params AmendmentStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new AmendmentStatusException(Id, Status, action);
        }
    }
}
