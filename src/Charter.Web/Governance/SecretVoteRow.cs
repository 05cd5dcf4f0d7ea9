using Charter.Domain.Ballots;

namespace Charter.Web.Governance;

/// <summary>
/// A secret ballot's current choice of one voter key, and nothing else: no time, no sequence, no
/// member. A changed vote updates the row in place. The table is WITHOUT ROWID, so rows are kept
/// in key order and no hidden row number records the order they were first written in
/// (docs/GOVERNANCE.md, "Secret ballots").
/// </summary>
public sealed class SecretVoteRow
{
    public Guid BallotId { get; set; }

    public required string VoterKey { get; set; }

    public BallotOption Option { get; set; }
}
