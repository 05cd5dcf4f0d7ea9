namespace Charter.Domain.Ballots;

/// <summary>
/// A secret ballot's current vote of one voter: a keyed hash of the member id and the choice, and
/// nothing else. No time, no sequence, no earlier choice: a changed vote replaces it.
/// </summary>
public sealed record SecretVote(string VoterKey, BallotOption Option);
