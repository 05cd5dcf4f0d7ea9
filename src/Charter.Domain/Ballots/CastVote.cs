namespace Charter.Domain.Ballots;

/// <summary>
/// What one cast changed, for the caller to store. <see cref="FirstVote"/> says the member joins
/// the list of who voted. An open ballot appends <see cref="Record"/> to its history; a secret
/// ballot keeps only <see cref="Current"/>, replacing the voter's earlier choice, and has no record.
/// </summary>
public sealed record CastVote(BallotOption Option, bool FirstVote, VoteRecord? Record, SecretVote? Current);
