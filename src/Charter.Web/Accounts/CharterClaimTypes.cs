namespace Charter.Web.Accounts;

/// <summary>Claims Charter adds to a signed-in person's cookie, besides Identity's own.</summary>
public static class CharterClaimTypes
{
    /// <summary>The preferred UI language; the request-culture provider reads it.</summary>
    public const string Language = "lang";

    public const string DisplayName = "display_name";

    public const string PresenceColour = "presence_colour";
}
