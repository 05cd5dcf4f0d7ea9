namespace Charter.Domain.Ballots;

/// <summary>Base of every refusal about ballots and votes; the message says what was wrong.</summary>
public abstract class BallotException(string message) : Exception(message);
