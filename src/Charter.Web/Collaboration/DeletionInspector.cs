using Charter.Crdt;
using Charter.Crdt.Contents;
using Charter.Crdt.Encoding.UpdateOps;
using Charter.Crdt.Structs;
using Charter.Crdt.Types;
using Charter.Domain.Documents;

namespace Charter.Web.Collaboration;

/// <summary>
/// Reads what an update would delete from a Doc without applying it. An update deletes in two
/// ways: the ranges of its delete set, and map values it overwrites (an item put under a key that
/// already has a value makes the old value deleted when it integrates, whether or not the update
/// lists it). Both are looked up in the Doc's struct store; nothing in the Doc changes, except
/// that the known root maps are given their types, as any reader of the charter does.
/// </summary>
public static class DeletionInspector
{
    public static DeletionFootprint Inspect(Doc doc, byte[] update) => Inspect(doc, Updates.DecodeUpdate(update));

    /// <summary>The same, for an update the caller has decoded already (the session's admission has).</summary>
    public static DeletionFootprint Inspect(Doc doc, DecodedUpdate decoded)
    {
        var doomed = new Dictionary<Item, (long From, long To)>(ReferenceEqualityComparer.Instance);
        foreach (var (client, ranges) in decoded.DeleteSet.Clients)
        {
            if (doc.Store.Clients.TryGetValue(client, out var structs))
            {
                foreach (var range in ranges)
                {
                    CollectRange(structs, range.Clock, range.Clock + range.Length, doomed);
                }
            }
        }

        foreach (var block in decoded.Blocks)
        {
            if (block is ItemBlock item && OverwrittenValue(doc, item) is { } overwritten)
            {
                Add(doomed, overwritten, overwritten.Id.Clock, overwritten.Id.Clock + overwritten.Length);
            }
        }

        return doomed.Count == 0 ? DeletionFootprint.None : Classify(doc, decoded, doomed);
    }

    /// <summary>Visible characters of text in <paramref name="type"/> and everything nested in it.</summary>
    public static long VisibleText(AbstractType type) => type switch
    {
        YText text => text.Length,
        YMap map => map.Keys.Sum(key => map.Get(key) is AbstractType nested ? VisibleText(nested) : 0),
        YArray array => array.ToArray().Sum(value => value is AbstractType nested ? VisibleText(nested) : 0),
        _ => 0,
    };

    private static DeletionFootprint Classify(Doc doc, DecodedUpdate decoded, Dictionary<Item, (long From, long To)> doomed)
    {
        var clausesRoot = doc.GetMap(CharterDocument.ClausesKey);
        var partsRoot = doc.GetMap(CharterDocument.PartsKey);
        List<RemovedEntry> clauses = [];
        List<RemovedEntry> parts = [];
        long deleted = 0;
        foreach (var (item, (from, to)) in doomed)
        {
            if (item.ParentSub is { } key && ReferenceEquals(item.Parent, clausesRoot))
            {
                clauses.Add(new RemovedEntry(key, TitleOf(item)));
            }
            else if (item.ParentSub is { } partKey && ReferenceEquals(item.Parent, partsRoot))
            {
                parts.Add(new RemovedEntry(partKey, TitleOf(item)));
            }

            if (InsideDoomedType(item, doomed))
            {
                // Counted with the type it is in (yjs lists a deleted type's children too).
                continue;
            }

            deleted += item.Content switch
            {
                ContentString => to - from,
                ContentType nested => VisibleText(nested.Type),
                _ => 0,
            };
        }

        foreach (var id in OrderRemovals.Find(doc, decoded, doomed))
        {
            if (clauses.Exists(c => c.Id == id) || parts.Exists(p => p.Id == id))
            {
                continue;
            }

            if (clausesRoot.Get(id) is YMap { Item: { Deleted: false } clause })
            {
                clauses.Add(new RemovedEntry(id, TitleOf(clause)));
            }
            else if (partsRoot.Get(id) is YMap { Item: { Deleted: false } part })
            {
                parts.Add(new RemovedEntry(id, TitleOf(part)));
            }
        }

        if (deleted == 0 && clauses.Count == 0 && parts.Count == 0)
        {
            return DeletionFootprint.None;
        }

        return new DeletionFootprint(clauses, parts, deleted, TotalText(doc));
    }

    private static bool InsideDoomedType(Item item, Dictionary<Item, (long From, long To)> doomed)
    {
        for (var parent = item.Parent?.Item; parent is not null; parent = parent.Parent?.Item)
        {
            if (doomed.ContainsKey(parent))
            {
                return true;
            }
        }

        return false;
    }

    private static long TotalText(Doc doc)
    {
        doc.GetMap(CharterDocument.MetaKey);
        doc.GetMap(CharterDocument.MetaTranslationsKey);
        return doc.Share.Values.Sum(VisibleText);
    }

    private static string TitleOf(Item entry) =>
        entry.Content is ContentType { Type: YMap map } && map.Get(CharterDocument.TitleKey) is YText title ? title.ToString() : "";

    /// <summary>The live value an item block would replace, if it is put under a map key that has one.</summary>
    private static Item? OverwrittenValue(Doc doc, ItemBlock block)
    {
        if (block.ParentSub is { } key)
        {
            // Written with its parent: no origin, so it competes with the key's present value.
            var parent = block.ParentYKey is { } rootName
                ? doc.Share.GetValueOrDefault(rootName) is null ? null : ParentMap(doc, rootName)
                : block.ParentId is { } parentId && Find(doc, parentId) is { Content: ContentType { Type: YMap nested } } ? nested : null;
            return parent?.Get(key) is AbstractType { Item: { Deleted: false } current } ? current : null;
        }

        if (block.Origin is { } origin && Find(doc, origin) is { ParentSub: not null } left)
        {
            // Placed after a value of a map key: it becomes the key's value and the last one is deleted.
            var current = left;
            while (current.Right is { } right)
            {
                current = right;
            }

            return current.Deleted ? null : current;
        }

        return null;
    }

    private static YMap? ParentMap(Doc doc, string rootName) =>
        rootName is CharterDocument.MetaKey or CharterDocument.PartsKey or CharterDocument.ClausesKey or CharterDocument.MetaTranslationsKey
            ? doc.GetMap(rootName)
            : doc.Share[rootName] as YMap;

    /// <summary>The Doc's item holding <paramref name="id"/>, if it has one.</summary>
    internal static Item? Find(Doc doc, Id id)
    {
        if (!doc.Store.Clients.TryGetValue(id.Client, out var structs))
        {
            return null;
        }

        var index = IndexOf(structs, id.Clock);
        return index >= 0 ? structs[index] as Item : null;
    }

    private static void CollectRange(List<AbstractStruct> structs, long from, long to, Dictionary<Item, (long From, long To)> doomed)
    {
        var index = IndexOf(structs, from);
        if (index < 0)
        {
            index = ~index;
        }

        for (; index < structs.Count && structs[index].Id.Clock < to; index++)
        {
            if (structs[index] is Item { Deleted: false } item)
            {
                Add(doomed, item, Math.Max(from, item.Id.Clock), Math.Min(to, item.Id.Clock + item.Length));
            }
        }
    }

    private static void Add(Dictionary<Item, (long From, long To)> doomed, Item item, long from, long to) =>
        doomed[item] = doomed.TryGetValue(item, out var known) ? (Math.Min(known.From, from), Math.Max(known.To, to)) : (from, to);

    /// <summary>The index of the struct holding <paramref name="clock"/>, or the complement of the next one's.</summary>
    private static int IndexOf(List<AbstractStruct> structs, long clock)
    {
        int low = 0, high = structs.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var candidate = structs[middle];
            if (clock < candidate.Id.Clock)
            {
                high = middle - 1;
            }
            else if (clock >= candidate.Id.Clock + candidate.Length)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return ~low;
    }
}
