namespace Charter.Web.Storage;

/// <summary>
/// A person who edited a clause (its title, body or a translation of them), written in the same
/// transaction as the update that did it. Kept apart from <see cref="CharterUpdateRecord"/>
/// because compaction deletes update rows, while "who edited this clause" must outlive them:
/// it decides who hears of a new amendment to the clause.
/// </summary>
public sealed class ClauseEditorRecord
{
    public int CharterId { get; set; }

    public required string ClauseId { get; set; }

    public required string UserId { get; set; }

    /// <summary>The latest update by which this person edited the clause.</summary>
    public long LastSequence { get; set; }

    public DateTimeOffset LastEditedAt { get; set; }
}
