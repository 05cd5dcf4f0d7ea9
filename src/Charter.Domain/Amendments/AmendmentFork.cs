using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Diffs;
using Charter.Domain.Documents;

namespace Charter.Domain.Amendments;

/// <summary>
/// Makes the CRDT branch of a proposed change: copies the live doc's full state into a fresh Doc
/// (a fresh random client id, so the branch's items can never collide with anyone's), makes the
/// change there as ordinary CRDT operations, and keeps only what the fork added on top of the base.
/// </summary>
internal static class AmendmentFork
{
    public static AmendmentBranch Create(Doc live, ProposedChange change)
    {
        var fork = Copy(live);
        var baseStateVector = Y.EncodeStateVector(fork);
        var (baseTitle, baseBody) = change is InsertClause ? ("", "") : CharterClauses.Read(fork, change.ClauseId);
        fork.Transact(_ => Apply(fork, change, baseTitle, baseBody));
        return new AmendmentBranch(baseStateVector, Y.EncodeStateAsUpdate(fork, baseStateVector), baseTitle, baseBody);
    }

    /// <summary>A separate Doc with the same content, for previews and dry runs that must not touch the live one.</summary>
    public static Doc Copy(Doc live)
    {
        var copy = new Doc();
        Y.ApplyUpdate(copy, Y.EncodeStateAsUpdate(live));
        return copy;
    }

    /// <summary>Whether applying <paramref name="update"/> to a copy of <paramref name="live"/> changes nothing and leaves nothing pending.</summary>
    public static bool AddsNothingTo(Doc live, byte[] update)
    {
        var copy = Copy(live);
        var changed = false;
        copy.Update += (_, _, _) => changed = true;
        try
        {
            Y.ApplyUpdate(copy, update);
        }
        catch (MalformedUpdateException)
        {
            return false;
        }

        return !changed && !copy.HasPending;
    }

    private static void Apply(Doc fork, ProposedChange change, string baseTitle, string baseBody)
    {
        switch (change)
        {
            case ReplaceClauseText replace:
                Edit(CharterClauses.Text(fork, replace.TargetClauseId, CharterDocument.TitleKey), baseTitle, replace.Title);
                Edit(CharterClauses.Text(fork, replace.TargetClauseId, CharterDocument.BodyKey), baseBody, replace.Body);
                break;
            case InsertClause insert:
                AddClause(fork, insert);
                break;
            case DeleteClause delete:
                RemoveClause(fork, delete.TargetClauseId);
                break;
        }
    }

    // Edits go from the end of the text backwards, so each one's base offsets are still valid.
    private static void Edit(YText text, string before, string after)
    {
        foreach (var edit in TextEdits.Between(before, after).Reverse())
        {
            if (edit.BaseLength > 0)
            {
                text.Delete(edit.BaseStart, edit.BaseLength);
            }

            if (edit.Inserts)
            {
                text.Insert(edit.BaseStart, edit.Inserted);
            }
        }
    }

    private static void AddClause(Doc fork, InsertClause insert)
    {
        var clauses = fork.GetMap(CharterDocument.ClausesKey);
        clauses.Set(insert.NewClauseId, new YMap());
        var clause = (YMap)clauses.Get(insert.NewClauseId)!;
        clause.Set(CharterDocument.TitleKey, new YText());
        clause.Set(CharterDocument.BodyKey, new YText());
        clause.Set(CharterDocument.TranslationsKey, new YMap());
        ((YText)clause.Get(CharterDocument.TitleKey)!).Insert(0, insert.Title);
        if (insert.Body.Length > 0)
        {
            ((YText)clause.Get(CharterDocument.BodyKey)!).Insert(0, insert.Body);
        }

        var anchor = CharterClauses.IndexInOrder(fork, insert.AfterClauseId);
        fork.GetArray(CharterDocument.OrderKey).Insert(anchor + 1, insert.NewClauseId);
    }

    // Every occurrence leaves order (concurrent moves can leave two), and the entry leaves clauses.
    private static void RemoveClause(Doc fork, string clauseId)
    {
        var order = fork.GetArray(CharterDocument.OrderKey);
        for (var i = order.Length - 1; i >= 0; i--)
        {
            if (order.Get(i) is string id && id == clauseId)
            {
                order.Delete(i);
            }
        }

        fork.GetMap(CharterDocument.ClausesKey).Delete(clauseId);
    }
}
