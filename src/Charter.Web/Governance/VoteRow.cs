using Charter.Domain.Ballots;

namespace Charter.Web.Governance;

/// <summary>
/// One vote cast in a ballot that is not secret (secret ballots keep <see cref="SecretVoteRow"/>
/// instead). The key (ballot, sequence) is what keeps concurrent casts honest: two writers that
/// read the same history both try the same next sequence, and the database lets one in.
/// </summary>
public sealed class VoteRow
{
    public Guid BallotId { get; set; }

    public long Sequence { get; set; }

    public required string MemberId { get; set; }

    public BallotOption Option { get; set; }

    public DateTimeOffset CastAt { get; set; }

    /// <summary>In a per-organisation ballot, the delegate who cast the organisation's vote (<see cref="MemberId"/>); null otherwise.</summary>
    public string? CastBy { get; set; }
}
