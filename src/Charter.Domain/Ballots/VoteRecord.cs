namespace Charter.Domain.Ballots;

/// <summary>
/// One vote cast in a ballot that is not secret, kept forever in its history; a member's current
/// vote is their record with the highest <see cref="Sequence"/>. Secret ballots keep no such
/// records (<see cref="SecretVote"/>).
/// </summary>
public sealed record VoteRecord(long Sequence, string MemberId, BallotOption Option, DateTimeOffset CastAt);
