namespace Charter.Web.Governance;

/// <summary>Someone who has voted in a ballot, with no link to what or when.</summary>
public sealed class BallotVoterRow
{
    public Guid BallotId { get; set; }

    public required string MemberId { get; set; }
}
