using Charter.Domain.Diffs;

namespace Charter.Domain.Amendments;

/// <summary>
/// The clause as it is now and as it would be if the amendment were adopted now (its branch
/// merged into the live text), with the "current → after adoption" diffs. A clause that does not
/// exist on one side has empty title and body there.
/// </summary>
public sealed record MergePreview(string ClauseId, string CurrentTitle, string CurrentBody, string AdoptedTitle, string AdoptedBody)
{
    public WordDiff TitleDiff { get; } = WordDiff.Compute(CurrentTitle, AdoptedTitle);

    public WordDiff BodyDiff { get; } = WordDiff.Compute(CurrentBody, AdoptedBody);
}
