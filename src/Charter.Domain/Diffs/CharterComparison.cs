namespace Charter.Domain.Diffs;

/// <summary>
/// Two versions of a charter compared clause by clause (<see cref="CharterComparer.Compare"/>).
/// <see cref="Clauses"/> follows the newer order, with each removed clause placed after the
/// clause that preceded it in the older version.
/// </summary>
public sealed record CharterComparison(
    WordDiff Title,
    WordDiff Preamble,
    IReadOnlyList<PartComparison> Parts,
    IReadOnlyList<ClauseComparison> Clauses)
{
    public bool HasChanges =>
        Title.HasChanges || Preamble.HasChanges
        || Parts.Any(p => p.IsAdded || p.IsRemoved || p.IsRetitled)
        || Clauses.Any(c => !c.IsUnchanged);

    public int Count(ClauseChangeKinds kind) => Clauses.Count(c => c.Has(kind));
}
