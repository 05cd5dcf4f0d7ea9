namespace Charter.Web.Accounts.Organisations;

/// <summary>An organisation with its people, for the People page.</summary>
public sealed record OrganisationRoster(OrganisationSummary Organisation, IReadOnlyList<OrganisationPerson> People);
