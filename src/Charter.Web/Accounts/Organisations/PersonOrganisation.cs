namespace Charter.Web.Accounts.Organisations;

/// <summary>One organisation a person belongs to, for their profile.</summary>
public sealed record PersonOrganisation(OrganisationSummary Organisation, bool IsDelegate);
