namespace Charter.Domain.Ballots;

public enum BallotSubjectKind
{
    /// <summary>Adopt the amendment or not.</summary>
    Amendment,

    /// <summary>Approve the clause as it stands.</summary>
    Clause,
}
