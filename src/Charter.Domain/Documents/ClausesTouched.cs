using Charter.Crdt.Types;
using Charter.Crdt.Utils;

namespace Charter.Domain.Documents;

/// <summary>
/// Which clauses a transaction edited: whose title, body, or any translation of them, changed, or
/// which were added to or removed from <c>clauses</c>. Moves in <c>order</c> edit no clause.
/// </summary>
/// <remarks>
/// Cost is O(changed types × depth), and the depth below <c>clauses</c> is at most three
/// (clause → translations → language → text), so it is cheap enough to run on every update.
/// A type created in the transaction is not among its changed types; its creation shows up as a
/// changed key on its parent instead, so a new clause or a new translation still counts.
/// </remarks>
public static class ClausesTouched
{
    /// <summary>The ids of the clauses <paramref name="transaction"/> touched, each once, in no particular order.</summary>
    public static IReadOnlyCollection<string> In(Transaction transaction)
    {
        HashSet<string>? touched = null;
        foreach (var (type, keys) in transaction.Changed)
        {
            if (IsClausesRoot(type))
            {
                foreach (var key in keys)
                {
                    if (key is not null)
                    {
                        (touched ??= new(StringComparer.Ordinal)).Add(key);
                    }
                }
            }
            else if (ClauseIdOf(type) is { } clauseId)
            {
                (touched ??= new(StringComparer.Ordinal)).Add(clauseId);
            }
        }

        return touched is null ? [] : touched;
    }

    /// <summary>Walks up from <paramref name="type"/> to the entry of <c>clauses</c> that holds it.</summary>
    private static string? ClauseIdOf(AbstractType type)
    {
        for (var item = type.Item; item is not null; item = item.Parent?.Item)
        {
            if (item.Parent is { } parent && IsClausesRoot(parent))
            {
                return item.ParentSub;
            }
        }

        return null;
    }

    private static bool IsClausesRoot(AbstractType type) =>
        type.Item is null && type.RootName == CharterDocument.ClausesKey;
}
