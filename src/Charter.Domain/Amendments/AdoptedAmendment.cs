using Charter.Domain.Ballots;

namespace Charter.Domain.Amendments;

/// <summary>
/// What the versions changelog records about an adopted amendment (DESIGN.md §7): which clause
/// it changed (for an inserted clause, the new clause's id), how, and the ballot's tally.
/// </summary>
public sealed record AdoptedAmendment(
    Guid AmendmentId,
    string Title,
    AmendmentKind Kind,
    string ClauseId,
    BallotTally Tally,
    DateTimeOffset AdoptedAt);
