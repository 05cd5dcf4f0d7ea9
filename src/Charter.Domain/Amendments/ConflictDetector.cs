using Charter.Crdt;
using Charter.Domain.Diffs;

namespace Charter.Domain.Amendments;

/// <summary>
/// Decides whether an amendment still applies cleanly to the live text.
///
/// Both the amendment and everything edited since its base are described as word-level
/// <see cref="TextEdit"/>s against the same base text (kept in the <see cref="AmendmentBranch"/>):
/// base → proposed for the amendment, base → current for the others. Title and body are compared
/// separately. An amendment edit conflicts with an edit since the base when
/// <see cref="TextEdit.Overlaps"/> says they touch the same text: a shared character, or a shared
/// edge where either inserts (the CRDT would then order the two insertions by client id, which
/// no author chose). Edits elsewhere in the clause never conflict: the CRDT merges them, and that
/// is the point of storing amendments as branches.
///
/// Because the comparison is by words, an edit inside a word that the amendment rewrites is a
/// conflict even when the characters differ; that errs towards asking a person. Whole-clause
/// kinds are stricter: removing a clause conflicts with any edit to it since the base, and every
/// kind conflicts when the clause (or the anchor of a new one) has left the charter.
/// </summary>
internal static class ConflictDetector
{
    public static AmendmentConflict? Find(Doc live, ProposedChange change, AmendmentBranch branch) => change switch
    {
        ReplaceClauseText replace => FindForReplace(live, replace, branch),
        InsertClause insert => FindForInsert(live, insert),
        DeleteClause delete => FindForDelete(live, delete, branch),
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, "Unknown kind of change."),
    };

    private static AmendmentConflict? FindForReplace(Doc live, ReplaceClauseText replace, AmendmentBranch branch)
    {
        if (!CharterClauses.IsLive(live, replace.TargetClauseId))
        {
            return new AmendmentConflict(AmendmentConflictReason.ClauseRemoved, []);
        }

        var (currentTitle, currentBody) = CharterClauses.Read(live, replace.TargetClauseId);
        var overlaps = Overlaps(ClauseField.Title, branch.BaseTitle, replace.Title, currentTitle)
            .Concat(Overlaps(ClauseField.Body, branch.BaseBody, replace.Body, currentBody))
            .ToList();
        return overlaps.Count == 0 ? null : new AmendmentConflict(AmendmentConflictReason.OverlappingEdits, overlaps);
    }

    private static AmendmentConflict? FindForInsert(Doc live, InsertClause insert)
    {
        if (!CharterClauses.IsLive(live, insert.AfterClauseId))
        {
            return new AmendmentConflict(AmendmentConflictReason.AnchorRemoved, []);
        }

        return CharterClauses.IsIdTaken(live, insert.NewClauseId)
            ? new AmendmentConflict(AmendmentConflictReason.ClauseIdTaken, [])
            : null;
    }

    private static AmendmentConflict? FindForDelete(Doc live, DeleteClause delete, AmendmentBranch branch)
    {
        if (!CharterClauses.IsLive(live, delete.TargetClauseId))
        {
            return new AmendmentConflict(AmendmentConflictReason.ClauseRemoved, []);
        }

        var (currentTitle, currentBody) = CharterClauses.Read(live, delete.TargetClauseId);
        return currentTitle == branch.BaseTitle && currentBody == branch.BaseBody
            ? null
            : new AmendmentConflict(AmendmentConflictReason.ClauseEditedSinceBase, []);
    }

    private static IEnumerable<OverlappingEdit> Overlaps(ClauseField field, string baseText, string proposed, string current)
    {
        var sinceBase = TextEdits.Between(baseText, current);
        if (sinceBase.Count == 0)
        {
            yield break;
        }

        foreach (var mine in TextEdits.Between(baseText, proposed))
        {
            foreach (var theirs in sinceBase.Where(mine.Overlaps))
            {
                yield return new OverlappingEdit(field, mine, theirs);
            }
        }
    }
}
