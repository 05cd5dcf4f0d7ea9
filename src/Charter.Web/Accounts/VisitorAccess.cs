namespace Charter.Web.Accounts;

/// <summary>What visitors who are not signed in may read (<c>Charter:Access:Visitors</c>).</summary>
public enum VisitorAccess
{
    /// <summary>Published versions, their comparisons, downloads and chain check; not the live draft.</summary>
    PublishedVersions,

    /// <summary>Published versions and the live draft's read view, as it changes.</summary>
    LiveDraft,

    /// <summary>Nothing: every page needs signing in.</summary>
    Nobody,
}
