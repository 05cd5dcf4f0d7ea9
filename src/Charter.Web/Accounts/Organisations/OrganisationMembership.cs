namespace Charter.Web.Accounts.Organisations;

/// <summary>
/// A person belongs to an organisation; <see cref="IsDelegate"/> says they also speak for it
/// (cast its vote in a per-organisation ballot, endorse on its behalf). A delegate is always a
/// member: removing the membership removes the delegation with it.
/// </summary>
public sealed class OrganisationMembership
{
    public Guid OrganisationId { get; set; }

    public required string PersonId { get; set; }

    public bool IsDelegate { get; set; }
}
