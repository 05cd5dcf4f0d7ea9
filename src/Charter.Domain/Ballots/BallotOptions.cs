namespace Charter.Domain.Ballots;

/// <summary>The options every ballot offers, and the check that a requested option is one of them.</summary>
public static class BallotOptions
{
    public static IReadOnlyList<BallotOption> All { get; } = [BallotOption.Yes, BallotOption.No, BallotOption.Abstain];

    /// <summary>Reads an option by its name (yes, no, abstain; any case).</summary>
    /// <exception cref="UnknownBallotOptionException">The name is not an option.</exception>
    public static BallotOption Parse(string? name)
    {
        foreach (var option in All)
        {
            if (string.Equals(option.ToString(), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return option;
            }
        }

        throw new UnknownBallotOptionException(name ?? "");
    }

    /// <exception cref="UnknownBallotOptionException">The value is not a defined option.</exception>
    public static BallotOption Require(BallotOption option) =>
        All.Contains(option) ? option : throw new UnknownBallotOptionException(((int)option).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
