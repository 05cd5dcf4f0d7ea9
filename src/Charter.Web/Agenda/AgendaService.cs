using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Domain.Documents;
using Charter.Domain.Translations;
using Charter.Web.Accounts;
using Charter.Web.Accounts.Organisations;
using Charter.Web.Collaboration;
using Charter.Web.Governance;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Agenda;

/// <summary>
/// Builds a person's <see cref="PersonAgenda"/> from the governance tables and each charter's live
/// Doc (for clause titles and translation states). Read-only; it decides nothing about who may do
/// what beyond what a page shows: voting and proposing are still checked by their services.
/// A per-organisation ballot waits for a person when they are an active delegate of an
/// organisation in its electorate that has not voted yet.
/// </summary>
public sealed class AgendaService(IDbContextFactory<GovernanceDbContext> databases, CharterSessionRegistry sessions, OrganisationDirectory organisations)
{
    public async Task<PersonAgenda> ForAsync(PersonStanding person, string language, CancellationToken cancellationToken = default)
    {
        if (!person.IsActive)
        {
            return PersonAgenda.Empty;
        }

        var ballots = new List<AgendaBallot>();
        var open = new List<AgendaAmendment>();
        var drafts = new List<AgendaAmendment>();
        var stale = new List<AgendaTranslation>();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var mine = await VoterKeysAsync(person.Id, cancellationToken);
        foreach (var charter in await sessions.ListNamesAsync(cancellationToken))
        {
            var (titles, staleIds) = await ReadCharterAsync(charter, person.CanEdit ? language : null, cancellationToken);
            var amendments = await db.Amendments.AsNoTracking()
                .Where(a => a.Charter == charter && (a.Status == AmendmentStatus.Open || a.Status == AmendmentStatus.InConflict
                    || (a.Status == AmendmentStatus.Draft && a.AuthorId == person.Id)))
                .OrderBy(a => a.ProposedAt)
                .Select(a => new { a.Id, a.Title, a.ClauseId, a.Status })
                .ToListAsync(cancellationToken);
            foreach (var amendment in amendments)
            {
                var item = new AgendaAmendment(amendment.Id, amendment.Title, amendment.ClauseId, titles.GetValueOrDefault(amendment.ClauseId, amendment.ClauseId),
                    $"{ClausePage(charter, amendment.ClauseId)}#amendment-{amendment.Id:N}");
                (amendment.Status == AmendmentStatus.Draft ? drafts : open).Add(item);
            }

            var openBallots = await db.Ballots.AsNoTracking()
                .Where(b => b.Charter == charter && b.ClosedAt == null)
                .OrderBy(b => b.Deadline)
                .ToListAsync(cancellationToken);
            var ballotIds = openBallots.Select(b => b.Id).ToList();
            var votedIn = await VotedAsync(db, ballotIds, mine, cancellationToken);
            var amendmentsById = await db.Amendments.AsNoTracking()
                .Where(a => a.Charter == charter)
                .Select(a => new { a.Id, a.Title, a.ClauseId })
                .ToDictionaryAsync(a => a.Id.ToString("D"), cancellationToken);
            foreach (var ballot in openBallots)
            {
                var (title, clauseId) = ballot.SubjectKind == BallotSubjectKind.Amendment && amendmentsById.TryGetValue(ballot.SubjectReference, out var a)
                    ? (a.Title, a.ClauseId)
                    : (titles.GetValueOrDefault(ballot.SubjectReference, ballot.SubjectReference), ballot.SubjectReference);
                var (mayVote, awaiting) = Standing(ballot, person.Id, mine, votedIn);
                ballots.Add(new AgendaBallot(ballot.Id, title, clauseId, $"{ClausePage(charter, clauseId)}#ballot-{ballot.Id:N}", ballot.Deadline,
                    mayVote, mayVote && !awaiting));
            }

            stale.AddRange(staleIds.Select(id => new AgendaTranslation(id, titles.GetValueOrDefault(id, id),
                $"charters/{Uri.EscapeDataString(charter)}/translate/{Uri.EscapeDataString(language)}#{id}")));
        }

        return new PersonAgenda(ballots, open, drafts, stale);
    }

    /// <summary>
    /// Per clause id of <paramref name="charter"/>, its open amendments and ballots and, for
    /// <paramref name="personId"/> (null for a visitor), the ballots waiting for their vote and
    /// those they voted in. Clauses with nothing open are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ClauseActivity>> ClauseActivityAsync(string charter, string? personId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var amendments = await db.Amendments.AsNoTracking()
            .Where(a => a.Charter == charter)
            .Select(a => new { a.Id, a.ClauseId, a.Status })
            .ToListAsync(cancellationToken);
        var clauseOf = amendments.ToDictionary(a => a.Id.ToString("D"), a => a.ClauseId, StringComparer.Ordinal);
        var openBallots = await db.Ballots.AsNoTracking()
            .Where(b => b.Charter == charter && b.ClosedAt == null)
            .ToListAsync(cancellationToken);
        var ballotIds = openBallots.Select(b => b.Id).ToList();
        HashSet<string> mine = personId is null ? [] : await VoterKeysAsync(personId, cancellationToken);
        var votedIn = await VotedAsync(db, ballotIds, mine, cancellationToken);

        var activity = new Dictionary<string, ClauseActivity>(StringComparer.Ordinal);
        ClauseActivity Of(string clauseId) => activity.GetValueOrDefault(clauseId, ClauseActivity.None);
        foreach (var amendment in amendments.Where(a => a.Status is AmendmentStatus.Open or AmendmentStatus.InConflict))
        {
            activity[amendment.ClauseId] = Of(amendment.ClauseId) with { OpenAmendments = Of(amendment.ClauseId).OpenAmendments + 1 };
        }

        foreach (var ballot in openBallots)
        {
            var clauseId = ballot.SubjectKind == BallotSubjectKind.Amendment
                ? clauseOf.GetValueOrDefault(ballot.SubjectReference, ballot.SubjectReference)
                : ballot.SubjectReference;
            var (mayVote, awaiting) = personId is null ? (false, false) : Standing(ballot, personId, mine, votedIn);
            var voted = mayVote && !awaiting;
            var now = Of(clauseId);
            activity[clauseId] = now with
            {
                OpenBallots = now.OpenBallots + 1,
                AwaitingMyVote = now.AwaitingMyVote + (awaiting ? 1 : 0),
                MyVotesCast = now.MyVotesCast + (voted ? 1 : 0),
            };
        }

        return activity;
    }

    /// <summary>Every voter key the person votes under: their own id, and each organisation they are an active delegate of.</summary>
    private async Task<HashSet<string>> VoterKeysAsync(string personId, CancellationToken cancellationToken) =>
        [personId, .. (await organisations.DelegatesForAsync(personId, cancellationToken)).Select(o => BallotAudience.KeyOf(o.Id))];

    private static async Task<HashSet<(Guid BallotId, string Voter)>> VotedAsync(
        GovernanceDbContext db, IReadOnlyCollection<Guid> ballotIds, IReadOnlyCollection<string> voterKeys, CancellationToken cancellationToken) =>
        voterKeys.Count == 0
            ? []
            : [.. (await db.Voters.AsNoTracking()
                .Where(v => voterKeys.Contains(v.MemberId) && ballotIds.Contains(v.BallotId))
                .Select(v => new { v.BallotId, v.MemberId })
                .ToListAsync(cancellationToken)).Select(v => (v.BallotId, v.MemberId))];

    /// <summary>
    /// Whether the person may vote in the ballot (for themselves, or for at least one of their
    /// organisations in its electorate) and whether it still waits for them: they, or one of those
    /// organisations, has not voted yet.
    /// </summary>
    private static (bool MayVote, bool Awaiting) Standing(BallotRecord ballot, string personId, IReadOnlySet<string> mine, ISet<(Guid, string)> voted)
    {
        var electorate = BallotMapping.ElectorateOf(ballot);
        var keys = ballot.Unit == VotingUnit.Organisation
            ? electorate.Where(v => v != personId && mine.Contains(v)).ToList()
            : electorate.Where(v => v == personId).ToList();
        return (keys.Count > 0, keys.Any(k => !voted.Contains((ballot.Id, k))));
    }

    /// <summary>Clause titles by id, and the clauses whose translation into <paramref name="language"/> is stale (none if null or the source language).</summary>
    private async Task<(IReadOnlyDictionary<string, string> Titles, IReadOnlyList<string> Stale)> ReadCharterAsync(
        string charter, string? language, CancellationToken cancellationToken)
    {
        await using var lease = await sessions.OpenAsync(charter, cancellationToken);
        return await lease.Session.ReadAsync(doc =>
        {
            var source = CharterDocument.ReadSource(doc);
            var titles = source.Clauses.ToDictionary(c => c.Id, c => c.Title, StringComparer.Ordinal);
            var states = language is null || language == source.Language ? null : CharterTranslations.StatesFor(doc, language);
            IReadOnlyList<string> stale = states is null
                ? []
                : [.. source.Clauses.Where(c => states.GetValueOrDefault(c.Id) == TranslationState.Stale).Select(c => c.Id)];
            return ((IReadOnlyDictionary<string, string>)titles, stale);
        });
    }

    private static string ClausePage(string charter, string clauseId) =>
        $"charters/{Uri.EscapeDataString(charter)}/clauses/{Uri.EscapeDataString(clauseId)}";
}
