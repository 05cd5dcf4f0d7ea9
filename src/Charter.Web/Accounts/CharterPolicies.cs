namespace Charter.Web.Accounts;

/// <summary>The authorisation policies pages and endpoints name; see <see cref="CharterAccessHandler"/>.</summary>
public static class CharterPolicies
{
    /// <summary>
    /// The live draft's read views: visitors when <see cref="CharterAccessOptions.Visitors"/> is
    /// <see cref="VisitorAccess.LiveDraft"/>, otherwise any active person.
    /// </summary>
    public const string DraftReader = "charter.draft-reader";

    /// <summary>
    /// Published versions, their downloads and comparisons: visitors unless
    /// <see cref="CharterAccessOptions.Visitors"/> is <see cref="VisitorAccess.Nobody"/>, and any active person.
    /// </summary>
    public const string VersionReader = "charter.version-reader";

    /// <summary>Any active person, whatever their role.</summary>
    public const string Person = "charter.person";

    /// <summary>Active members and stewards.</summary>
    public const string Editor = "charter.editor";

    /// <summary>Active stewards.</summary>
    public const string Steward = "charter.steward";
}
