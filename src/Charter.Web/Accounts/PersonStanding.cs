namespace Charter.Web.Accounts;

/// <summary>
/// What the app needs to know about a person to authorise a request, as of now. The security
/// stamp changes with a password reset or a deactivation, which ends every session signed in
/// before it (see <see cref="PeopleRoster"/>).
/// </summary>
public sealed record PersonStanding(
    string Id, string DisplayName, CharterRole Role, bool IsActive, string PresenceColour = "", string? SecurityStamp = null)
{
    public bool CanEdit => IsActive && Role.CanEdit();

    public bool CanManagePeople => IsActive && Role.CanManagePeople();

    public static PersonStanding Of(Person person) =>
        new(person.Id, person.DisplayName, person.Role, person.IsActive, person.PresenceColour, person.SecurityStamp);
}
