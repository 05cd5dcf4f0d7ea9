namespace Charter.Web.Accounts;

/// <summary>
/// The first-start link that creates the first steward (see <see cref="FirstStewardSetup"/>). At
/// most one row exists, only while no steward does; only the token's SHA-256 is stored.
/// </summary>
public sealed class SetupToken
{
    public int Id { get; set; }

    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
