namespace Charter.Web.Accounts.Organisations;

/// <summary>One member of an organisation; <see cref="IsDelegate"/> says they speak for it.</summary>
public sealed record OrganisationPerson(string PersonId, string DisplayName, bool IsDelegate, bool IsActive);
