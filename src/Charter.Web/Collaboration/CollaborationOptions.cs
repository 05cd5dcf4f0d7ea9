namespace Charter.Web.Collaboration;

/// <summary>Settings under <c>Charter:Collaboration</c>.</summary>
public sealed class CollaborationOptions
{
    public const string SectionName = "Charter:Collaboration";

    /// <summary>
    /// Merge the log into a new snapshot once it holds this many rows and at least half the
    /// snapshot's size in bytes. Rewriting the snapshot costs in proportion to the whole charter,
    /// so tying it to the log's size keeps its cost per update constant however large the charter
    /// grows, and bounds the bytes a reload replays.
    /// </summary>
    public int CompactAfterUpdates { get; set; } = 500;

    /// <summary>
    /// Replace the rows of this many updates since the last fold with one row of their merged
    /// updates, whatever their size, so a reload never replays more rows than about this.
    /// </summary>
    public int FoldLogAfterUpdates { get; set; } = 10_000;

    /// <summary>
    /// The least time between two commits of a charter's updates. A commit right after the last
    /// one waits for the rest of this interval so that the updates arriving meanwhile share its
    /// transaction and its broadcast frame; after a quiet spell an update is committed at once.
    /// </summary>
    public TimeSpan MinimumCommitInterval { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Commit at most this many queued updates in one transaction.</summary>
    public int MaxUpdatesPerCommit { get; set; } = 256;

    /// <summary>A charter nobody has used for this long is compacted and unloaded.</summary>
    public TimeSpan UnloadWhenIdleFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often idle charters are looked for.</summary>
    public TimeSpan IdleCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest frame a chunked upload may assemble (a 5 MB charter fits with room).</summary>
    public int MaxChunkedUploadBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Chunked uploads one connection may have in flight at once.</summary>
    public int MaxChunkedUploadsPerConnection { get; set; } = 4;

    /// <summary>
    /// The most bytes one person may hold in unfinished chunked uploads, over all their connections;
    /// a chunk beyond it is refused and that upload dropped.
    /// </summary>
    public long MaxChunkedUploadBytesPerPerson { get; set; } = 40 * 1024 * 1024;

    /// <summary>An unfinished chunked upload that has received no chunk for this long is dropped and its bytes freed.</summary>
    public TimeSpan ChunkedUploadTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How far past what the Doc holds from a client an update may start, refer or delete. Further
    /// is a dependency that can never arrive, and the update is refused.
    /// </summary>
    public long MaxPendingClockGap { get; set; } = 1L << 25;

    /// <summary>The most clients whose structs or deletions may wait for missing dependencies at once.</summary>
    public int MaxPendingClients { get; set; } = 16;

    /// <summary>The most bytes of updates that may wait for missing dependencies at once.</summary>
    public int MaxPendingBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Pending structs still incomplete after this many commits are dropped (their senders send them
    /// again with their next sync), and the log is compacted from the Doc without them.
    /// </summary>
    public int PendingExpiresAfterCommits { get; set; } = 100;
    /// The largest share of the charter's text (0 to 1) one update from someone other than a steward
    /// may delete; more, or removing a clause or a part, is refused (see <see cref="DestructiveEditPolicy"/>).
    /// </summary>
    public double MaxDeleteShareForMembers { get; set; } = 0.1;
}
