namespace Charter.Domain.Ballots;

/// <summary>
/// What a viewer may see of a ballot. <see cref="Tally"/> and <see cref="Choices"/> are null while
/// results are hidden, and a secret ballot hides them until it closes; <see cref="Choices"/> is
/// always null for a secret ballot. <see cref="Voters"/> (who has voted, in ordinal order) is
/// visible except while a secret ballot is open, where it would change with each vote (null then).
/// <see cref="MyVote"/> is the viewer's own current vote, which in a secret ballot only the open
/// ballot can still tell.
/// </summary>
public sealed record BallotReport(
    Guid BallotId,
    bool IsClosed,
    TimeSpan TimeLeft,
    BallotTally? Tally,
    BallotOutcome? Outcome,
    IReadOnlyList<string>? Voters,
    IReadOnlyList<MemberChoice>? Choices,
    BallotOption? MyVote);
