namespace Charter.Domain.Ballots;

/// <summary>A vote for something other than yes, no or abstain.</summary>
public sealed class UnknownBallotOptionException(string option)
    : BallotException(BallotRefusal.UnknownOption, $"'{option}' is not an option; vote yes, no or abstain.")
{
    public string Option { get; } = option;
}
