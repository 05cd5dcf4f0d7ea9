namespace Charter.Web.Storage;

/// <summary>
/// One earlier state of a charter: the whole Doc as a V1 update, self-contained, so it stays
/// readable whatever compaction and garbage collection later do to the live log.
/// </summary>
public sealed class CharterHistoryRecord
{
    public long Id { get; set; }

    public int CharterId { get; set; }

    public DateTimeOffset TakenAt { get; set; }

    /// <summary>Why it was kept; one of <c>History/HistoryReasons</c>.</summary>
    public required string Reason { get; set; }

    /// <summary>Who caused it (the publisher, the steward whose edit removed clauses, the restorer); null for interval snapshots.</summary>
    public string? ActorId { get; set; }

    public string? ActorName { get; set; }

    /// <summary>A short note: the version number, the clauses about to be removed, what was restored.</summary>
    public string Note { get; set; } = "";

    /// <summary>Lowercase hex SHA-256 of <see cref="State"/>, so an unchanged charter is not kept twice.</summary>
    public required string StateHash { get; set; }

    public required byte[] State { get; set; }
}
