namespace Charter.Domain.Diffs;

/// <summary>
/// How a clause differs between two versions, matched by id. <see cref="Edited"/> combines with
/// <see cref="Moved"/> or <see cref="Renumbered"/>; <see cref="Added"/> and <see cref="Removed"/>
/// stand alone.
/// </summary>
[Flags]
public enum ClauseChangeKinds
{
    /// <summary>Same title, body, number and place.</summary>
    Unchanged = 0,

    /// <summary>Its title or body changed.</summary>
    Edited = 1,

    /// <summary>Only in the newer version.</summary>
    Added = 2,

    /// <summary>Only in the older version.</summary>
    Removed = 4,

    /// <summary>
    /// Its place relative to the other clauses changed, or it went to another part: it is not on
    /// the longest run of clauses that kept their relative order.
    /// </summary>
    Moved = 8,

    /// <summary>It kept its place among the others but its number changed (clauses before it were added, removed or moved).</summary>
    Renumbered = 16,
}
