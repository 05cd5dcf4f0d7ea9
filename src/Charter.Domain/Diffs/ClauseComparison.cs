namespace Charter.Domain.Diffs;

/// <summary>One clause of a <see cref="CharterComparison"/>.</summary>
/// <param name="Id">The clause id both versions share.</param>
/// <param name="Kinds">What changed.</param>
/// <param name="OldNumber">Its article number in the older version; null when added.</param>
/// <param name="NewNumber">Its article number in the newer version; null when removed.</param>
/// <param name="OldPartId">The part it was in; null when added.</param>
/// <param name="NewPartId">The part it is in; null when removed.</param>
/// <param name="Title">Word diff of the title (all inserted when added, all deleted when removed).</param>
/// <param name="Body">Word diff of the Markdown body, likewise.</param>
public sealed record ClauseComparison(
    string Id,
    ClauseChangeKinds Kinds,
    int? OldNumber,
    int? NewNumber,
    string? OldPartId,
    string? NewPartId,
    WordDiff Title,
    WordDiff Body)
{
    public bool Has(ClauseChangeKinds kind) => (Kinds & kind) == kind && kind != ClauseChangeKinds.Unchanged;

    public bool IsUnchanged => Kinds == ClauseChangeKinds.Unchanged;
}
