namespace Charter.Web.Accounts;

/// <summary>Who may read, from configuration section <c>Charter:Access</c>.</summary>
public sealed class CharterAccessOptions
{
    public const string SectionName = "Charter:Access";

    /// <summary>
    /// What visitors who are not signed in may read. By default only published versions: the live
    /// draft is work in progress among the coalition's members.
    /// </summary>
    public VisitorAccess Visitors { get; set; } = VisitorAccess.PublishedVersions;

    /// <summary>Whether visitors may read the live draft (and therefore published versions too).</summary>
    public bool VisitorsReadDraft => Visitors == VisitorAccess.LiveDraft;

    /// <summary>Whether visitors may read published versions.</summary>
    public bool VisitorsReadVersions => Visitors != VisitorAccess.Nobody;
}
