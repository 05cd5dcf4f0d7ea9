namespace Charter.Domain.Diffs;

/// <summary>A part heading in a <see cref="CharterComparison"/>: null titles mean the part is not on that side.</summary>
public sealed record PartComparison(string Id, string? OldTitle, string? NewTitle, WordDiff Title)
{
    public bool IsAdded => OldTitle is null;

    public bool IsRemoved => NewTitle is null;

    public bool IsRetitled => OldTitle is not null && NewTitle is not null && OldTitle != NewTitle;
}
