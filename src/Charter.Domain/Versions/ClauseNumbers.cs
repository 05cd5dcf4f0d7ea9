using Charter.Domain.Drafts;

namespace Charter.Domain.Versions;

/// <summary>
/// Clause numbers: 1-based, continuous across parts, in the source's display order. A
/// translation that leaves clauses out keeps the source's numbers, so "Artículo 7" is always the
/// same clause as "Article 7".
/// </summary>
public static class ClauseNumbers
{
    public static IReadOnlyDictionary<string, int> Of(CharterDraft source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var clause in source.Clauses)
        {
            numbers.TryAdd(clause.Id, numbers.Count + 1);
        }

        return numbers;
    }
}
