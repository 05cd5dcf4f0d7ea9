namespace Charter.Domain.Ballots;

/// <summary>
/// Why a ballot or vote was refused: a stable code the web layer turns into text in the
/// person's language. The exception message stays English, for logs.
/// </summary>
public enum BallotRefusal
{
    Closed,
    NotDue,
    NotInElectorate,
    UnknownOption,
    NoElectorate,
    DeadlineNotInFuture,
    QuorumOutOfRange,
    UnknownThreshold,
    AmendmentNotOpen,
    SubjectHasOpenBallot,
    UnknownVotingUnit,

    /// <summary>A per-organisation ballot with no organisation that has an active delegate.</summary>
    NoOrganisationElectorate,
}
