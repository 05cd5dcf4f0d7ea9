using Charter.Web.Accounts;
using Charter.Web.Accounts.Organisations;

namespace Charter.Web.Components.Accounts;

/// <summary>
/// The fields of the create and edit organisation forms, as posted. No annotations: the service
/// validates (<see cref="OrganisationInput.Validated"/>) and the page shows its refusal, so the rules
/// live in one place and a browser without script gets the same answer.
/// </summary>
public sealed class OrganisationForm
{
    public string? Name { get; set; }

    public string? Country { get; set; }

    public string? Website { get; set; }

    public string? Description { get; set; }

    public string DescriptionLanguage { get; set; } = PersonLanguages.Default;

    public OrganisationInput ToInput() => new(Name, Country, Website, Description, DescriptionLanguage);

    public static OrganisationForm From(OrganisationSummary organisation) => new()
    {
        Name = organisation.Name,
        Country = organisation.Country,
        Website = organisation.Website,
        Description = organisation.Description,
        DescriptionLanguage = organisation.DescriptionLanguage,
    };
}
