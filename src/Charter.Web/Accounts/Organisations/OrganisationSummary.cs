namespace Charter.Web.Accounts.Organisations;

/// <summary>An organisation as other features show it: who it is and where, nothing about its people.</summary>
public sealed record OrganisationSummary(
    Guid Id, string Name, string Country, string? Website, string? Description, string DescriptionLanguage)
{
    public static OrganisationSummary Of(Organisation organisation) => new(
        organisation.Id, organisation.Name, organisation.Country, organisation.Website, organisation.Description, organisation.DescriptionLanguage);
}
