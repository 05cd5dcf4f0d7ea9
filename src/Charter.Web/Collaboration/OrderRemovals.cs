using Charter.Crdt;
using Charter.Crdt.Contents;
using Charter.Crdt.Encoding.UpdateOps;
using Charter.Crdt.Structs;
using Charter.Crdt.Types;
using Charter.Domain.Documents;

namespace Charter.Web.Collaboration;

/// <summary>
/// Ids an update takes out of <c>order</c> for good. A clause or part whose id is not in
/// <c>order</c> is not shown anywhere (docs/ARCHITECTURE.md, "The Doc"), so deleting its last
/// occurrence hides it as surely as deleting its entry, and is as destructive. A move deletes an
/// id and puts it back in the same transaction, and a duplicate left by concurrent moves can be
/// deleted while another occurrence stays: neither is a removal.
/// </summary>
internal static class OrderRemovals
{
    /// <summary>
    /// The ids whose every live occurrence in <c>order</c> is among <paramref name="doomed"/> (with
    /// the clock range each loses) and which the update does not insert into <c>order</c> again.
    /// </summary>
    public static IReadOnlyCollection<string> Find(Doc doc, DecodedUpdate update, IReadOnlyDictionary<Item, (long From, long To)> doomed)
    {
        var order = doc.GetArray(CharterDocument.OrderKey);
        var removed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (item, (from, to)) in doomed)
        {
            if (ReferenceEquals(item.Parent, order) && item.Content is ContentAny any)
            {
                var values = any.GetContent();
                for (var clock = from; clock < to; clock++)
                {
                    if (values[(int)(clock - item.Id.Clock)] is string id)
                    {
                        removed[id] = removed.GetValueOrDefault(id) + 1;
                    }
                }
            }
        }

        if (removed.Count == 0)
        {
            return [];
        }

        var live = order.ToArray().OfType<string>().CountBy(id => id, StringComparer.Ordinal)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        var reinserted = InsertedIntoOrder(doc, update, order);
        return removed
            .Where(pair => live.GetValueOrDefault(pair.Key) <= pair.Value && !reinserted.Contains(pair.Key))
            .Select(pair => pair.Key)
            .ToList();
    }

    /// <summary>The ids the update's own items put into <c>order</c>.</summary>
    private static HashSet<string> InsertedIntoOrder(Doc doc, DecodedUpdate update, YArray order)
    {
        var blocks = update.Blocks.OfType<ItemBlock>().GroupBy(b => b.Id.Client)
            .ToDictionary(group => group.Key, group => group.OrderBy(b => b.Id.Clock).ToList());
        var inOrder = new Dictionary<ItemBlock, bool>(ReferenceEqualityComparer.Instance);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks.Values.SelectMany(run => run))
        {
            if (block.Content is AnyContent any && IsInOrder(block, doc, order, blocks, inOrder, depth: 0))
            {
                ids.UnionWith(any.Values.OfType<string>());
            }
        }

        return ids;
    }

    /// <summary>
    /// Whether a block lands in <c>order</c>: written with the root as its parent, or placed next to
    /// an item that is there, in the Doc or earlier in the same update. The depth bound keeps a
    /// hostile chain of neighbours from costing more than a fixed amount.
    /// </summary>
    private static bool IsInOrder(
        ItemBlock block, Doc doc, YArray order, Dictionary<long, List<ItemBlock>> blocks, Dictionary<ItemBlock, bool> known, int depth)
    {
        if (known.TryGetValue(block, out var answer))
        {
            return answer;
        }

        answer = block.ParentYKey == CharterDocument.OrderKey
            || (depth < 64 && (Neighbour(block.Origin) || Neighbour(block.RightOrigin)));
        known[block] = answer;
        return answer;

        bool Neighbour(Id? id)
        {
            if (id is not { } neighbour)
            {
                return false;
            }

            if (DeletionInspector.Find(doc, neighbour) is { } item)
            {
                return ReferenceEquals(item.Parent, order);
            }

            var sibling = Holding(blocks, neighbour);
            return sibling is not null && !ReferenceEquals(sibling, block)
                && IsInOrder(sibling, doc, order, blocks, known, depth + 1);
        }
    }

    /// <summary>The update's block holding <paramref name="id"/>, found by binary search in its client's run.</summary>
    private static ItemBlock? Holding(Dictionary<long, List<ItemBlock>> blocks, Id id)
    {
        if (!blocks.TryGetValue(id.Client, out var run))
        {
            return null;
        }

        int low = 0, high = run.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var candidate = run[middle];
            if (id.Clock < candidate.Id.Clock)
            {
                high = middle - 1;
            }
            else if (id.Clock >= candidate.Id.Clock + candidate.Length)
            {
                low = middle + 1;
            }
            else
            {
                return candidate;
            }
        }

        return null;
    }
}
