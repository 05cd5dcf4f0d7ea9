using System.Globalization;
using Charter.Domain.Ballots;
using Charter.Domain.Documents;
using Charter.Web.Collaboration;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Governance;

/// <summary>
/// Where a ballot lives for its readers: the clause page it is shown on, and the title that names
/// it (the amendment's title, or the clause's for a ballot on the clause as a whole). A
/// notification names and links a ballot through this, so it never shows an id or a page that
/// does not exist.
/// </summary>
public sealed class NotificationTargets(IDbContextFactory<GovernanceDbContext> databases, CharterSessionRegistry sessions)
{
    private const string BallotLinkPrefix = "/ballots/";

    /// <summary>The ballot's page and title, or null when there is no such ballot (or its clause is gone).</summary>
    public async Task<BallotTarget?> BallotAsync(Guid ballotId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var ballot = await db.Ballots.AsNoTracking()
            .Where(b => b.Id == ballotId)
            .Select(b => new { b.Charter, b.SubjectKind, b.SubjectReference })
            .SingleOrDefaultAsync(cancellationToken);
        if (ballot is null)
        {
            return null;
        }

        if (ballot.SubjectKind == BallotSubjectKind.Amendment && Guid.TryParse(ballot.SubjectReference, CultureInfo.InvariantCulture, out var amendmentId))
        {
            var amendment = await db.Amendments.AsNoTracking()
                .Where(a => a.Id == amendmentId)
                .Select(a => new { a.ClauseId, a.Title })
                .SingleOrDefaultAsync(cancellationToken);
            return amendment is null ? null : new BallotTarget(ballot.Charter, amendment.ClauseId, ballotId, amendment.Title);
        }

        var clauseTitle = await ClauseTitleAsync(ballot.Charter, ballot.SubjectReference, cancellationToken);
        return clauseTitle is null ? null : new BallotTarget(ballot.Charter, ballot.SubjectReference, ballotId, clauseTitle);
    }

    /// <summary>
    /// A notification's subject and link as they should be stored: a ballot's "/ballots/{id}" and
    /// bare reference become its clause page and title; anything else is kept as given.
    /// </summary>
    public async Task<(string Subject, string Link)> ResolveAsync(string subject, string link, CancellationToken cancellationToken = default)
    {
        if (BallotIdOf(link) is { } ballotId && await BallotAsync(ballotId, cancellationToken) is { } target)
        {
            return (target.Title, target.Link);
        }

        return (subject, link);
    }

    /// <summary>The ballot id in a "/ballots/{id}" link, as the ballot services write them.</summary>
    public static Guid? BallotIdOf(string link) =>
        link.StartsWith(BallotLinkPrefix, StringComparison.Ordinal) && Guid.TryParse(link[BallotLinkPrefix.Length..], CultureInfo.InvariantCulture, out var id) ? id : null;

    private async Task<string?> ClauseTitleAsync(string charter, string clauseId, CancellationToken cancellationToken)
    {
        try
        {
            await using var lease = await sessions.OpenAsync(charter, cancellationToken);
            return await lease.Session.ReadAsync(doc => CharterDocument.ReadSource(doc).Clauses.FirstOrDefault(c => c.Id == clauseId)?.Title);
        }
        catch (Storage.CharterNotFoundException)
        {
            return null;
        }
    }
}

/// <summary>A ballot's place: <see cref="Link"/> is its clause page, at the ballot.</summary>
public sealed record BallotTarget(string Charter, string ClauseId, Guid BallotId, string Title)
{
    public string Link => $"/charters/{Uri.EscapeDataString(Charter)}/clauses/{Uri.EscapeDataString(ClauseId)}#ballot-{BallotId:N}";
}
