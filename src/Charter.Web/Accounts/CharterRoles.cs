namespace Charter.Web.Accounts;

/// <summary>What each role allows; the one place that answers "may this role do that?".</summary>
public static class CharterRoles
{
    /// <summary>Members and stewards change the text; observers only read it.</summary>
    public static bool CanEdit(this CharterRole role) => role is CharterRole.Member or CharterRole.Steward;

    public static bool CanManagePeople(this CharterRole role) => role is CharterRole.Steward;

    /// <summary>Parses a role name as typed in a form, ignoring case; a typed error otherwise.</summary>
    public static CharterRole Parse(string? name) =>
        Enum.TryParse<CharterRole>(name, ignoreCase: true, out var role) && Enum.IsDefined(role)
            ? role
            : throw new AccountException("UnknownRole", $"'{name}' is not a role; use steward, member or observer.");
}
