namespace Charter.Web.Accounts.Organisations;

/// <summary>
/// A member organisation of the coalition (a cooperative, a movement, a community network). Like a
/// person it is never deleted, so ballots and endorsements keep naming it. Its people and delegates
/// are <see cref="OrganisationMembership"/> rows; only stewards change either
/// (<see cref="OrganisationAdministration"/>).
/// </summary>
public sealed class Organisation
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>As the organisation writes it ("Guatemala", "Brasil"); at most <see cref="OrganisationInput.CountryMaxLength"/> characters.</summary>
    public required string Country { get; set; }

    /// <summary>An absolute http or https address, or null.</summary>
    public string? Website { get; set; }

    public string? Description { get; set; }

    /// <summary>The language <see cref="Description"/> is written in, one of <see cref="PersonLanguages.All"/>.</summary>
    public string DescriptionLanguage { get; set; } = PersonLanguages.Default;

    public DateTimeOffset CreatedAt { get; set; }
}
