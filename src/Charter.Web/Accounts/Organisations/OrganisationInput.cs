namespace Charter.Web.Accounts.Organisations;

/// <summary>
/// What a steward types to create or edit an organisation. <see cref="Validated"/> trims it and
/// refuses it with an <see cref="AccountException"/> whose code the People page says in the
/// reader's language (<c>Error.Organisation*</c> in AccountsText).
/// </summary>
public sealed record OrganisationInput(string? Name, string? Country, string? Website, string? Description, string? DescriptionLanguage)
{
    public const int NameMaxLength = 120;
    public const int CountryMaxLength = 80;
    public const int WebsiteMaxLength = 200;
    public const int DescriptionMaxLength = 500;

    /// <exception cref="AccountException">A field is empty where it may not be, too long, or the website is not http(s).</exception>
    public OrganisationInput Validated()
    {
        var name = Name?.Trim() ?? "";
        var country = Country?.Trim() ?? "";
        var website = string.IsNullOrWhiteSpace(Website) ? null : Website.Trim();
        var description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        if (name.Length == 0)
        {
            throw new AccountException("OrganisationNameRequired", "An organisation needs a name.");
        }

        if (name.Length > NameMaxLength)
        {
            throw new AccountException("OrganisationNameTooLong", $"An organisation's name has at most {NameMaxLength} characters.");
        }

        if (country.Length == 0)
        {
            throw new AccountException("OrganisationCountryRequired", "Say which country the organisation is in.");
        }

        if (country.Length > CountryMaxLength)
        {
            throw new AccountException("OrganisationCountryTooLong", $"A country has at most {CountryMaxLength} characters.");
        }

        if (website is not null && (website.Length > WebsiteMaxLength || !IsHttpAddress(website)))
        {
            throw new AccountException("OrganisationWebsiteNotHttp", $"A website is a full http:// or https:// address of at most {WebsiteMaxLength} characters.");
        }

        if (description is not null && description.Length > DescriptionMaxLength)
        {
            throw new AccountException("OrganisationDescriptionTooLong", $"A description has at most {DescriptionMaxLength} characters.");
        }

        return new OrganisationInput(name, country, website, description, PersonLanguages.Validate(DescriptionLanguage ?? PersonLanguages.Default));
    }

    private static bool IsHttpAddress(string website) =>
        Uri.TryCreate(website, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
