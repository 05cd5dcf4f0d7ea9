namespace Charter.Web.Storage;

/// <summary>
/// One accepted yjs update (V1 encoding), appended in the order the charter's session applied it.
/// Rows are never changed; compaction folds them into the snapshot and deletes them in one
/// transaction, or replaces a run of them with one row holding their merged updates (at the run's
/// last sequence, with no user or client). <see cref="Sequence"/> is what the hub returns as the acknowledgement.
/// </summary>
public sealed class CharterUpdateRecord
{
    public int CharterId { get; set; }

    /// <summary>Increases by one per update, per charter, and continues across compactions.</summary>
    public long Sequence { get; set; }

    public required byte[] Update { get; set; }

    /// <summary>Who sent it; null until accounts exist, and for updates not made by a person.</summary>
    public string? UserId { get; set; }

    /// <summary>The yjs client id whose clock the update advanced, when it advanced one.</summary>
    public long? ClientId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
