namespace Charter.Web.Accounts;

/// <summary>
/// A one-time sign-up link a steward created. Only the SHA-256 of the link's token is stored, so
/// a copy of the database cannot be used to sign up.
/// </summary>
public sealed class Invitation
{
    public int Id { get; set; }

    public required string TokenHash { get; set; }

    public CharterRole Role { get; set; }

    /// <summary>A note for stewards, such as who the link was meant for.</summary>
    public string Note { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedById { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Set once, when someone signs up with it; a used invitation never works again.</summary>
    public DateTimeOffset? UsedAt { get; set; }

    public string? UsedById { get; set; }
}
