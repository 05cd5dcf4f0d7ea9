namespace Charter.Domain.Ballots;

/// <summary>
/// One vote cast, kept forever in the ballot's history; a voter's current vote is their record
/// with the highest <see cref="Sequence"/>. <see cref="VoterKey"/> is the member id, except in a
/// secret ballot, where it is a keyed hash of it (<see cref="Ballot"/>) and <see cref="MemberId"/>
/// is null.
/// </summary>
public sealed record VoteRecord(long Sequence, string VoterKey, string? MemberId, BallotOption Option, DateTimeOffset CastAt);
