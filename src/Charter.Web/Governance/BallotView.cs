using Charter.Domain.Ballots;

namespace Charter.Web.Governance;

/// <summary>
/// A ballot as a page shows it to one viewer. In a per-organisation ballot
/// <see cref="ViewerOrganisations"/> lists the organisations the viewer casts a vote for, one
/// vote control each; it is empty in a member ballot, where the viewer votes for themselves.
/// </summary>
public sealed record BallotView(
    BallotSubject Subject, BallotRules Rules, DateTimeOffset Deadline, BallotReport Report, string? CloseError, bool ViewerMayVote,
    IReadOnlyList<OrganisationVote> ViewerOrganisations)
{
    public bool PerOrganisation => Rules.Unit == VotingUnit.Organisation;
}
