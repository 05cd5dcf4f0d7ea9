namespace Charter.Web.Collaboration;

/// <summary>A clause or part an update would remove, with its title as it read before.</summary>
public sealed record RemovedEntry(string Id, string Title);

/// <summary>
/// What one update would delete from the charter, read against the Doc before it is applied
/// (<see cref="DeletionInspector"/>).
/// </summary>
/// <param name="Clauses">Clauses whose entry in <c>clauses</c> it deletes or overwrites, or whose last occurrence in <c>order</c> it deletes without putting the id back.</param>
/// <param name="Parts">Parts whose entry in <c>parts</c> it deletes or overwrites, or takes out of <c>order</c> for good.</param>
/// <param name="DeletedCharacters">Visible characters of text it deletes, inside removed entries too.</param>
/// <param name="TotalCharacters">Visible characters of text in the whole Doc before it (0 when nothing is deleted).</param>
public sealed record DeletionFootprint(
    IReadOnlyList<RemovedEntry> Clauses, IReadOnlyList<RemovedEntry> Parts, long DeletedCharacters, long TotalCharacters)
{
    public static readonly DeletionFootprint None = new([], [], 0, 0);

    /// <summary>It removes a clause or a part.</summary>
    public bool IsStructural => Clauses.Count > 0 || Parts.Count > 0;

    /// <summary>The share of the charter's text it deletes, from 0 to 1.</summary>
    public double DeletedShare => TotalCharacters == 0 ? 0 : (double)DeletedCharacters / TotalCharacters;
}
