namespace Charter.Domain.Ballots;

/// <summary>Base of every refusal about ballots and votes; the message says what was wrong, in English.</summary>
public abstract class BallotException(BallotRefusal reason, string message) : Exception(message)
{
    /// <summary>What was wrong, for telling the person in their language.</summary>
    public BallotRefusal Reason { get; } = reason;
}
