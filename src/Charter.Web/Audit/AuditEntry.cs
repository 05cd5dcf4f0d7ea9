namespace Charter.Web.Audit;

/// <summary>
/// One governance action, as stored. Entries are only ever appended; <see cref="Hash"/> is
/// SHA-256 over the previous entry's hash and this entry's canonical form (see
/// <see cref="AuditCanonicalForm"/>), so changing, removing or reordering any entry breaks every
/// hash after it.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, 3, … with no gaps: the position in the chain.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The person who acted, or null for the app itself (first-start setup).</summary>
    public string? ActorId { get; set; }

    /// <summary>The actor's display name at the time, so the log reads without joins.</summary>
    public required string ActorName { get; set; }

    /// <summary>A dotted name from <see cref="AuditActions"/>, such as <c>person.role-changed</c>.</summary>
    public required string Action { get; set; }

    /// <summary>What the action was about: a person's id, an invitation, a ballot, a version.</summary>
    public required string Subject { get; set; }

    /// <summary>Plain text details (old and new role, a note). Never the content of a secret vote.</summary>
    public required string Details { get; set; }

    /// <summary>Lowercase hex; 64 zeros for the first entry.</summary>
    public required string PreviousHash { get; set; }

    /// <summary>Lowercase hex SHA-256.</summary>
    public required string Hash { get; set; }
}
