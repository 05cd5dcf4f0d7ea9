namespace Charter.Web.Accounts;

/// <summary>The authorisation policies pages and endpoints name; see <see cref="CharterAccessHandler"/>.</summary>
public static class CharterPolicies
{
    /// <summary>Visitors when public reading is on, otherwise any active person.</summary>
    public const string Reader = "charter.reader";

    /// <summary>Any active person, whatever their role.</summary>
    public const string Person = "charter.person";

    /// <summary>Active members and stewards.</summary>
    public const string Editor = "charter.editor";

    /// <summary>Active stewards.</summary>
    public const string Steward = "charter.steward";
}
