namespace Charter.Domain.Ballots;

/// <summary>
/// One vote cast in a ballot that is not secret, kept forever in its history; a member's current
/// vote is their record with the highest <see cref="Sequence"/>. Secret ballots keep no such
/// records (<see cref="SecretVote"/>). In a per-organisation ballot <see cref="MemberId"/> is the
/// organisation's id and <see cref="CastBy"/> the delegate who cast it; null in a member ballot.
/// </summary>
public sealed record VoteRecord(long Sequence, string MemberId, BallotOption Option, DateTimeOffset CastAt, string? CastBy = null);
