namespace Charter.Domain.Ballots;

/// <summary>A ballot that cannot be opened as asked: empty electorate, deadline not in the future, rules out of range.</summary>
public sealed class InvalidBallotException(BallotRefusal reason, string problem) : BallotException(reason, problem);
