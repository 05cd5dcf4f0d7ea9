using Charter.Domain.Ballots;

namespace Charter.Web.Governance;

/// <summary>A ballot as a page shows it to one viewer.</summary>
public sealed record BallotView(
    BallotSubject Subject, BallotRules Rules, DateTimeOffset Deadline, BallotReport Report, string? CloseError, bool ViewerMayVote);
