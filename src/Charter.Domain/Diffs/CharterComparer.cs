using Charter.Domain.Drafts;
using Charter.Domain.Versions;

namespace Charter.Domain.Diffs;

/// <summary>
/// Compares two texts of a charter by clause id, so a moved clause reads as moved rather than as
/// one deletion and one insertion, and clauses that only changed number read as renumbered.
/// </summary>
public static class CharterComparer
{
    public static CharterComparison Compare(CharterDraft older, CharterDraft newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var oldClauses = Locate(older);
        var newClauses = Locate(newer);
        var oldById = oldClauses.ToDictionary(c => c.Clause.Id, StringComparer.Ordinal);
        var newById = newClauses.ToDictionary(c => c.Clause.Id, StringComparer.Ordinal);
        var kept = KeptInOrder(
            [.. oldClauses.Where(c => newById.ContainsKey(c.Clause.Id)).Select(c => c.Clause.Id)],
            [.. newClauses.Where(c => oldById.ContainsKey(c.Clause.Id)).Select(c => c.Clause.Id)]);

        var compared = new List<ClauseComparison>();
        foreach (var now in newClauses)
        {
            compared.Add(oldById.TryGetValue(now.Clause.Id, out var before)
                ? Changed(before, now, kept)
                : Added(now));
        }

        PlaceRemoved(compared, oldClauses, newById);
        return new CharterComparison(
            WordDiff.Compute(older.Title, newer.Title),
            WordDiff.Compute(older.Preamble, newer.Preamble),
            CompareParts(older, newer),
            compared);
    }

    private sealed record Located(Clause Clause, string PartId, int Number);

    private static List<Located> Locate(CharterDraft draft)
    {
        var numbers = ClauseNumbers.Of(draft);
        return [.. draft.Parts.SelectMany(p => p.Clauses.Select(c => new Located(c, p.Id, numbers[c.Id])))];
    }

    private static ClauseComparison Changed(Located before, Located now, HashSet<string> kept)
    {
        var kinds = ClauseChangeKinds.Unchanged;
        if (before.Clause.Title != now.Clause.Title || before.Clause.Body != now.Clause.Body)
        {
            kinds |= ClauseChangeKinds.Edited;
        }

        if (!kept.Contains(now.Clause.Id) || before.PartId != now.PartId)
        {
            kinds |= ClauseChangeKinds.Moved;
        }
        else if (before.Number != now.Number)
        {
            kinds |= ClauseChangeKinds.Renumbered;
        }

        return new ClauseComparison(
            now.Clause.Id, kinds, before.Number, now.Number, before.PartId, now.PartId,
            WordDiff.Compute(before.Clause.Title, now.Clause.Title),
            WordDiff.Compute(before.Clause.Body, now.Clause.Body));
    }

    private static ClauseComparison Added(Located now) => new(
        now.Clause.Id, ClauseChangeKinds.Added, null, now.Number, null, now.PartId,
        WordDiff.Compute(string.Empty, now.Clause.Title),
        WordDiff.Compute(string.Empty, now.Clause.Body));

    private static ClauseComparison Removed(Located before) => new(
        before.Clause.Id, ClauseChangeKinds.Removed, before.Number, null, before.PartId, null,
        WordDiff.Compute(before.Clause.Title, string.Empty),
        WordDiff.Compute(before.Clause.Body, string.Empty));

    /// <summary>
    /// The ids on a longest common subsequence of the two orders: these kept their order relative
    /// to each other, and every other shared id moved. Ties prefer keeping earlier clauses.
    /// </summary>
    private static HashSet<string> KeptInOrder(string[] oldOrder, string[] newOrder)
    {
        var lengths = new int[oldOrder.Length + 1, newOrder.Length + 1];
        for (var i = oldOrder.Length - 1; i >= 0; i--)
        {
            for (var j = newOrder.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = oldOrder[i] == newOrder[j]
                    ? lengths[i + 1, j + 1] + 1
                    : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0, j = 0; i < oldOrder.Length && j < newOrder.Length;)
        {
            if (oldOrder[i] == newOrder[j])
            {
                kept.Add(oldOrder[i]);
                i++;
                j++;
            }
            else if (lengths[i + 1, j] >= lengths[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return kept;
    }

    /// <summary>Puts each removed clause right after the clause (kept or removed) that preceded it in the older text.</summary>
    private static void PlaceRemoved(List<ClauseComparison> compared, List<Located> oldClauses, Dictionary<string, Located> newById)
    {
        var insertAt = 0;
        foreach (var before in oldClauses)
        {
            if (newById.ContainsKey(before.Clause.Id))
            {
                insertAt = compared.FindIndex(c => c.Id == before.Clause.Id) + 1;
            }
            else
            {
                compared.Insert(insertAt++, Removed(before));
            }
        }
    }

    private static List<PartComparison> CompareParts(CharterDraft older, CharterDraft newer)
    {
        var oldTitles = older.Parts.ToDictionary(p => p.Id, p => p.Title, StringComparer.Ordinal);
        var newIds = newer.Parts.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var parts = newer.Parts
            .Select(p => Part(p.Id, oldTitles.GetValueOrDefault(p.Id), p.Title))
            .ToList();
        parts.AddRange(older.Parts.Where(p => !newIds.Contains(p.Id)).Select(p => Part(p.Id, p.Title, null)));
        return parts;
    }

    private static PartComparison Part(string id, string? oldTitle, string? newTitle) =>
        new(id, oldTitle, newTitle, WordDiff.Compute(oldTitle ?? string.Empty, newTitle ?? string.Empty));
}
