using Charter.Domain.Ballots;

namespace Charter.Web.Governance;

/// <summary>Between <see cref="Ballot"/> and its rows.</summary>
internal static class BallotMapping
{
    public static Ballot ToDomain(BallotRecord record, IEnumerable<VoteRow> votes, IEnumerable<SecretVoteRow> secretVotes, IEnumerable<string> voters) => Ballot.Restore(
        record.Id,
        new BallotSubject(record.SubjectKind, record.SubjectReference),
        new BallotRules(record.Quorum, record.Threshold, record.HideResultsUntilClose, record.Secret, record.Unit),
        ElectorateOf(record),
        record.OpenedAt,
        record.Deadline,
        record.SecretKey,
        votes.Select(ToRecord),
        secretVotes.Select(v => new SecretVote(v.VoterKey, v.Option)),
        voters,
        record.ClosedAt,
        record.Outcome);

    public static BallotRecord ToRecord(Ballot ballot, string charter, string openedBy) => new()
    {
        Id = ballot.Id,
        Charter = charter,
        SubjectKind = ballot.Subject.Kind,
        SubjectReference = ballot.Subject.Reference,
        Quorum = ballot.Rules.Quorum,
        Threshold = ballot.Rules.Threshold,
        HideResultsUntilClose = ballot.Rules.HideResultsUntilClose,
        Secret = ballot.Rules.Secret,
        Unit = ballot.Rules.Unit,
        Electorate = string.Join('\n', ballot.Electorate.Order(StringComparer.Ordinal)),
        OpenedBy = openedBy,
        OpenedAt = ballot.OpenedAt,
        Deadline = ballot.Deadline,
        SecretKey = ballot.SecretKey.IsEmpty ? null : ballot.SecretKey.ToArray(),
    };

    public static VoteRecord ToRecord(VoteRow row) => new(row.Sequence, row.MemberId, row.Option, row.CastAt, row.CastBy);

    public static VoteRow ToRow(Guid ballotId, VoteRecord vote) => new()
    {
        BallotId = ballotId,
        Sequence = vote.Sequence,
        MemberId = vote.MemberId,
        Option = vote.Option,
        CastAt = vote.CastAt,
        CastBy = vote.CastBy,
    };

    /// <summary>Writes the close: outcome, tally, and the dropped secret key.</summary>
    public static void CopyClose(Ballot ballot, BallotRecord record)
    {
        var tally = ballot.Tally;
        record.ClosedAt = ballot.ClosedAt;
        record.Outcome = ballot.Outcome;
        record.Yes = tally.Yes;
        record.No = tally.No;
        record.Abstain = tally.Abstain;
        record.SecretKey = null;
        record.CloseError = null;
    }

    public static IReadOnlyList<string> ElectorateOf(BallotRecord record) =>
        record.Electorate.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
