using Charter.Domain.Ballots;

namespace Charter.Web.Governance;

/// <summary>
/// A ballot as stored. Votes are in <see cref="VoteRow"/> (every vote ever cast) and
/// <see cref="BallotVoterRow"/> (who voted); the final tally is written at close and must equal
/// a recount of the vote rows.
/// </summary>
public sealed class BallotRecord
{
    public Guid Id { get; set; }

    public required string Charter { get; set; }

    public BallotSubjectKind SubjectKind { get; set; }

    public required string SubjectReference { get; set; }

    public decimal Quorum { get; set; }

    public BallotThreshold Threshold { get; set; }

    public bool HideResultsUntilClose { get; set; }

    public bool Secret { get; set; }

    /// <summary>Whether members or organisations vote (docs/GOVERNANCE.md, "Per-organisation ballots").</summary>
    public VotingUnit Unit { get; set; }

    /// <summary>Member ids (organisation ids, in a per-organisation ballot), one per line, as fixed when the ballot opened.</summary>
    public required string Electorate { get; set; }

    public required string OpenedBy { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset Deadline { get; set; }

    /// <summary>A secret ballot's voter-key secret while it is open; null once closed.</summary>
    public byte[]? SecretKey { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public BallotOutcome? Outcome { get; set; }

    public int? Yes { get; set; }

    public int? No { get; set; }

    public int? Abstain { get; set; }

    /// <summary>Set once the electorate has been told the ballot closes within a day.</summary>
    public bool ClosingSoonNotified { get; set; }

    /// <summary>
    /// Why the last attempt to close failed (say, the amendment no longer merges), as the text key
    /// of <see cref="GovernanceRefusalText"/>, so each reader sees it in their language; the ballot stays open.
    /// </summary>
    public string? CloseError { get; set; }
}
