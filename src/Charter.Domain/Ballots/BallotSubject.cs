using System.Globalization;

namespace Charter.Domain.Ballots;

/// <summary>What a ballot decides: an amendment (by id) or a clause (by clause id).</summary>
public sealed record BallotSubject(BallotSubjectKind Kind, string Reference)
{
    public static BallotSubject ForAmendment(Guid amendmentId) =>
        new(BallotSubjectKind.Amendment, amendmentId.ToString("D", CultureInfo.InvariantCulture));

    public static BallotSubject ForClause(string clauseId) => new(BallotSubjectKind.Clause, clauseId);

    public Guid? AmendmentId => Kind == BallotSubjectKind.Amendment ? Guid.Parse(Reference, CultureInfo.InvariantCulture) : null;
}
