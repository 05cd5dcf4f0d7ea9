using Charter.Web.Audit;
using Charter.Domain.Amendments;
using Charter.Web.Collaboration;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Governance;

/// <summary>
/// Proposes, opens, withdraws, refreshes and discusses amendments. Every use of the live Doc
/// goes through the charter's session (<see cref="CharterSession.ReadAsync{T}"/>), its one owner.
/// </summary>
public sealed class AmendmentService(
    IDbContextFactory<GovernanceDbContext> databases,
    CharterSessionRegistry sessions,
    GovernancePeople people,
    GovernanceAudit audit,
    NotificationService notifications,
    Storage.CharterStore store,
    TimeProvider clock)
{
    public const int MaxCommentLength = 20_000;

    /// <summary>A member proposes a change to a clause; it starts as a draft.</summary>
    /// <exception cref="GovernanceDeniedException">The author is not an active member or steward.</exception>
    /// <exception cref="InvalidAmendmentException">The proposal is not acceptable.</exception>
    public async Task<Guid> ProposeAsync(
        string charter, string authorId, string title, string rationale, ProposedChange change, CancellationToken cancellationToken = default)
    {
        var author = await people.RequireAsync(authorId, GovernancePeople.CanVoteOrPropose, "propose amendments", cancellationToken);
        var now = clock.GetUtcNow();
        var amendment = await ReadDocAsync(charter, doc => Amendment.Propose(Guid.NewGuid(), author.Id, title, rationale, change, doc, now), cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var earlierAuthors = await db.Amendments.AsNoTracking()
            .Where(a => a.Charter == charter && a.ClauseId == amendment.ClauseId && a.AuthorId != author.Id)
            .Select(a => a.AuthorId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var editors = await store.ClauseEditorsAsync(charter, amendment.ClauseId, cancellationToken);
        db.Amendments.Add(AmendmentMapping.ToRecord(amendment, charter));
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(author.Id, author.DisplayName, GovernanceAudit.AmendmentProposed, amendment.Id.ToString(),
            AuditDetails.AmendmentProposed.Write(amendment.Kind, amendment.ClauseId, amendment.Title), cancellationToken);
        // "A clause you worked on": whoever edited its text or proposed an amendment to it before.
        var workedOnIt = earlierAuthors.Concat(editors).Where(id => id != author.Id);
        await notifications.NotifyAsync(workedOnIt, NotificationKinds.AmendmentProposed, amendment.Title, AmendmentLink(charter, amendment), cancellationToken);
        return amendment.Id;
    }

    public Task OpenAsync(Guid amendmentId, string actorId, CancellationToken cancellationToken = default) =>
        ChangeAsync(amendmentId, (amendment, _) =>
        {
            amendment.Open(actorId);
            return Task.CompletedTask;
        }, actorId, GovernanceAudit.AmendmentOpened, cancellationToken);

    /// <summary>The author withdraws it, before any vote on it.</summary>
    public Task WithdrawAsync(Guid amendmentId, string actorId, CancellationToken cancellationToken = default) =>
        ChangeAsync(amendmentId, async (amendment, db) =>
        {
            var reference = amendmentId.ToString("D");
            // Who voted covers open and secret ballots alike, and says nothing of how.
            var anyVote = await db.Voters.AnyAsync(
                v => db.Ballots.Any(b => b.Id == v.BallotId && b.SubjectReference == reference), cancellationToken);
            amendment.Withdraw(actorId, anyVote);
        }, actorId, GovernanceAudit.AmendmentWithdrawn, cancellationToken);

    /// <summary>The author rebuilds it on the current text, keeping the proposed wording.</summary>
    public Task RefreshAsync(Guid amendmentId, string actorId, CancellationToken cancellationToken = default) =>
        ChangeAsync(amendmentId, async (amendment, db) =>
        {
            var charter = await db.Amendments.Where(a => a.Id == amendmentId).Select(a => a.Charter).SingleAsync(cancellationToken);
            await ReadDocAsync(charter, doc =>
            {
                amendment.Refresh(actorId, doc);
                return true;
            }, cancellationToken);
        }, actorId, GovernanceAudit.AmendmentRefreshed, cancellationToken);

    /// <summary>Re-checks every undecided amendment of a charter against the live text, saving status changes.</summary>
    public async Task CheckConflictsAsync(string charter, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var records = await db.Amendments
            .Where(a => a.Charter == charter && (a.Status == AmendmentStatus.Draft || a.Status == AmendmentStatus.Open || a.Status == AmendmentStatus.InConflict))
            .ToListAsync(cancellationToken);
        var amendments = records.Select(AmendmentMapping.ToDomain).ToList();
        await ReadDocAsync(charter, doc => amendments.Select(a => a.CheckConflict(doc)).ToList(), cancellationToken);
        foreach (var (record, amendment) in records.Zip(amendments))
        {
            AmendmentMapping.CopyState(amendment, record);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<Amendment> GetAsync(Guid amendmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var record = await db.Amendments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == amendmentId, cancellationToken)
            ?? throw new GovernanceNotFoundException("amendment", amendmentId);
        return AmendmentMapping.ToDomain(record);
    }

    /// <summary>"Current → after adoption", merged on a copy of the live Doc.</summary>
    public async Task<MergePreview> PreviewAsync(string charter, Guid amendmentId, CancellationToken cancellationToken = default)
    {
        var amendment = await GetAsync(amendmentId, cancellationToken);
        return await ReadDocAsync(charter, amendment.Preview, cancellationToken);
    }

    public async Task<IReadOnlyList<Amendment>> ForClauseAsync(string charter, string clauseId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var records = await db.Amendments.AsNoTracking()
            .Where(a => a.Charter == charter && (a.ClauseId == clauseId || a.AfterClauseId == clauseId))
            .ToListAsync(cancellationToken);
        return [.. records.OrderByDescending(a => a.ProposedAt).Select(AmendmentMapping.ToDomain)];
    }

    /// <summary>
    /// The amendments adopted after <paramref name="since"/>, oldest first, each with the tally of
    /// the ballot that adopted it and a link to the clause page where its discussion and ballot
    /// stay readable: what a published version's changelog lists (docs/VERSIONS.md).
    /// </summary>
    public async Task<IReadOnlyList<Domain.Versions.AdoptedAmendment>> AdoptedSinceAsync(string charter, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var adopted = await db.Amendments.AsNoTracking()
            .Where(a => a.Charter == charter && a.Status == AmendmentStatus.Adopted && a.AdoptedAt > since)
            .ToListAsync(cancellationToken);
        var references = adopted.Select(a => a.Id.ToString("D")).ToList();
        var ballots = await db.Ballots.AsNoTracking()
            .Where(b => b.Outcome == Domain.Ballots.BallotOutcome.Passed && references.Contains(b.SubjectReference))
            .ToListAsync(cancellationToken);
        return [.. adopted.OrderBy(a => a.AdoptedAt).Select(a =>
        {
            var ballot = ballots.Single(b => b.SubjectReference == a.Id.ToString("D"));
            var tally = new Domain.Ballots.BallotTally(ballot.Yes ?? 0, ballot.No ?? 0, ballot.Abstain ?? 0, BallotMapping.ElectorateOf(ballot).Count);
            return new Domain.Versions.AdoptedAmendment(a.Title, a.ClauseId, tally, AmendmentLink(charter, a.ClauseId, a.Id), a.AdoptedAt!.Value);
        })];
    }

    /// <summary>A member or steward adds to the amendment's discussion.</summary>
    /// <exception cref="GovernanceDeniedException">The author is not an active member or steward.</exception>
    /// <exception cref="InvalidAmendmentException">Empty or too long.</exception>
    public async Task<long> CommentAsync(Guid amendmentId, string authorId, string markdown, CancellationToken cancellationToken = default)
    {
        var author = await people.RequireAsync(authorId, GovernancePeople.CanVoteOrPropose, "comment on amendments", cancellationToken);
        if (string.IsNullOrWhiteSpace(markdown) || markdown.Length > MaxCommentLength)
        {
            throw new InvalidAmendmentException(AmendmentRefusal.InvalidComment, $"A comment has between 1 and {MaxCommentLength} characters.");
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (!await db.Amendments.AnyAsync(a => a.Id == amendmentId, cancellationToken))
        {
            throw new GovernanceNotFoundException("amendment", amendmentId);
        }

        var comment = new AmendmentCommentRecord { AmendmentId = amendmentId, AuthorId = author.Id, Markdown = markdown, PostedAt = clock.GetUtcNow() };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return comment.Id;
    }

    public async Task<IReadOnlyList<AmendmentCommentRecord>> CommentsAsync(Guid amendmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Comments.AsNoTracking().Where(c => c.AmendmentId == amendmentId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Open, withdraw, refresh: the author's own acts, for as long as they may still propose.</summary>
    /// <exception cref="GovernanceDeniedException">The actor is no longer active, or no longer a member or steward.</exception>
    private async Task ChangeAsync(
        Guid amendmentId, Func<Amendment, GovernanceDbContext, Task> change, string actorId, string action, CancellationToken cancellationToken)
    {
        var actor = await people.RequireAsync(actorId, GovernancePeople.CanVoteOrPropose, "change amendments", cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var record = await db.Amendments.FindAsync([amendmentId], cancellationToken)
            ?? throw new GovernanceNotFoundException("amendment", amendmentId);
        var amendment = AmendmentMapping.ToDomain(record);
        await change(amendment, db);
        AmendmentMapping.CopyState(amendment, record);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actor.Id, actor.DisplayName, action, amendmentId.ToString(), AuditDetails.AmendmentStatus.Write(amendment.Status), cancellationToken);
    }

    private async Task<T> ReadDocAsync<T>(string charter, Func<Crdt.Doc, T> read, CancellationToken cancellationToken)
    {
        await using var lease = await sessions.OpenAsync(charter, cancellationToken);
        return await lease.Session.ReadAsync(read);
    }

    private static string AmendmentLink(string charter, Amendment amendment) => AmendmentLink(charter, amendment.ClauseId, amendment.Id);

    /// <summary>The clause page lists the clause's amendments with their ballots; the fragment picks this one.</summary>
    private static string AmendmentLink(string charter, string clauseId, Guid amendmentId) =>
        $"/charters/{Uri.EscapeDataString(charter)}/clauses/{clauseId}#amendment-{amendmentId:N}";
}
