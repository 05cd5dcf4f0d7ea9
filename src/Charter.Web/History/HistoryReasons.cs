namespace Charter.Web.History;

/// <summary>Why a state was kept in the history (stored by these names).</summary>
public static class HistoryReasons
{
    /// <summary>The charter as a version was published from it; kept for ever.</summary>
    public const string Publication = "publication";

    /// <summary>The charter just before an edit that removed clauses or parts or much text.</summary>
    public const string BeforeStructuralChange = "before-structural-change";

    /// <summary>The charter just before a restore replaced part of it.</summary>
    public const string BeforeRestore = "before-restore";

    /// <summary>Taken every <see cref="HistoryOptions.Interval"/> while the charter changes.</summary>
    public const string Interval = "interval";

    /// <summary>Reasons whose snapshots count against <see cref="HistoryOptions.KeepEventSnapshots"/>.</summary>
    public static readonly IReadOnlyList<string> Events = [BeforeStructuralChange, BeforeRestore];
}
