namespace Charter.Web.History;

/// <summary>Settings under <c>Charter:History</c> (docs/HISTORY.md).</summary>
public sealed class HistoryOptions
{
    public const string SectionName = "Charter:History";

    /// <summary>How often a charter that changed is kept in its history.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Interval snapshots kept per charter; older ones are deleted (a week of hours by default).</summary>
    public int KeepIntervalSnapshots { get; set; } = 168;

    /// <summary>Snapshots taken before structural changes and restores kept per charter; older ones are deleted.</summary>
    public int KeepEventSnapshots { get; set; } = 500;
}
