namespace Charter.Web.Reading;

/// <summary>
/// "Article N" numbers: 1-based, continuous across parts, in display order. They are derived,
/// never stored, so moving a clause renumbers everything after it and ids stay put.
/// </summary>
public static class ArticleNumbers
{
    public static IReadOnlyDictionary<string, int> Assign(IEnumerable<PartReading> parts)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var clause in parts.SelectMany(p => p.Clauses))
        {
            numbers.TryAdd(clause.Id, numbers.Count + 1);
        }

        return numbers;
    }
}
