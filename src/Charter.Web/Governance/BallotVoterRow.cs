namespace Charter.Web.Governance;

/// <summary>
/// Someone who has voted in a ballot, with no link to what or when. The table is WITHOUT ROWID,
/// so it is kept in member-id order and nothing records who voted first.
/// </summary>
public sealed class BallotVoterRow
{
    public Guid BallotId { get; set; }

    public required string MemberId { get; set; }
}
