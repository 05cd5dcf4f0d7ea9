using Charter.Web.Accounts;

namespace Charter.Web.Tests.TestSupport;

/// <summary>App settings choosing what visitors who are not signed in may read.</summary>
internal static class VisitorSettings
{
    /// <summary>For tests about the live read view itself rather than about who may see it.</summary>
    public static IReadOnlyDictionary<string, string> LiveDraft { get; } = Of(VisitorAccess.LiveDraft);

    public static IReadOnlyDictionary<string, string> Of(VisitorAccess access) =>
        new Dictionary<string, string> { ["Charter:Access:Visitors"] = access.ToString() };
}
