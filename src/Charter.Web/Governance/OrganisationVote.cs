using Charter.Domain.Ballots;

namespace Charter.Web.Governance;

/// <summary>
/// One organisation the viewer may vote for in a per-organisation ballot, and its current vote
/// (whichever delegate cast it); in a secret ballot known only while it is open.
/// </summary>
public sealed record OrganisationVote(Guid OrganisationId, string Name, BallotOption? Current);
