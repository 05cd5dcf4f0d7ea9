namespace Charter.Domain.Ballots;

/// <summary>Who voted what, shown only for ballots that are not secret.</summary>
public sealed record MemberChoice(string MemberId, BallotOption Option);
