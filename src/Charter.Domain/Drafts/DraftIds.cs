namespace Charter.Domain.Drafts;

/// <summary>
/// The shape of part and clause ids: a prefix (<c>p-</c> or <c>c-</c>) and four lowercase ASCII
/// letters or digits. Ids appear in permalinks, so the shape is deliberately narrow.
/// </summary>
public static class DraftIds
{
    public const string PartPrefix = "p-";
    public const string ClausePrefix = "c-";
    private const int SuffixLength = 4;

    public static bool IsPartId(string? id) => HasShape(id, PartPrefix);

    public static bool IsClauseId(string? id) => HasShape(id, ClausePrefix);

    private static bool HasShape(string? id, string prefix) =>
        id is not null
        && id.Length == prefix.Length + SuffixLength
        && id.StartsWith(prefix, StringComparison.Ordinal)
        && id.AsSpan(prefix.Length).ContainsAnyExcept(LowercaseAlphanumerics) is false;

    private static readonly System.Buffers.SearchValues<char> LowercaseAlphanumerics =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");
}
