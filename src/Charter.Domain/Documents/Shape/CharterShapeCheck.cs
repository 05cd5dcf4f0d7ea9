using Charter.Crdt;
using Charter.Crdt.Contents;
using Charter.Crdt.Encoding.UpdateOps;
using StringContent = Charter.Crdt.Encoding.UpdateOps.StringContent;
using Charter.Crdt.Structs;
using Charter.Crdt.Types;

namespace Charter.Domain.Documents.Shape;

/// <summary>What <see cref="CharterShapeCheck"/> found.</summary>
/// <param name="Problem">Why the update is refused, or null when it keeps to the layout.</param>
/// <param name="DropPending">
/// The Doc's pending structs would land outside the layout once this update supplies what they
/// wait for: drop them before applying it, rather than refuse the update that completes them.
/// </param>
public sealed record ShapeVerdict(string? Problem, bool DropPending);

/// <summary>
/// Checks, before an update is applied, that every item it adds lands where <see cref="CharterShape"/>
/// has a place for it, holding what that place holds: the known roots only, map fields by name,
/// ids and values of bounded length, plain text in texts, ids in <c>order</c>, and no type nested
/// deeper than the layout. Where an item lands is worked out as yjs would integrate it: from its
/// parent (a root name or the item holding its parent type) or from its origin's parent, looked up
/// in the update first and then in the Doc. Nothing is applied; the check only reads.
/// </summary>
public sealed class CharterShapeCheck
{
    private readonly Doc _doc;
    private readonly Dictionary<long, List<UpdateBlock>> _blocks = [];
    private readonly Dictionary<ItemBlock, ShapePlace> _places = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<AbstractType, ShapePlace> _typePlaces = new(ReferenceEqualityComparer.Instance);

    private CharterShapeCheck(Doc doc, IEnumerable<UpdateBlock> blocks)
    {
        _doc = doc;
        foreach (var block in blocks)
        {
            if (!_blocks.TryGetValue(block.Id.Client, out var list))
            {
                _blocks[block.Id.Client] = list = [];
            }

            list.Add(block);
        }

        foreach (var list in _blocks.Values)
        {
            list.Sort(static (a, b) => a.Id.Clock.CompareTo(b.Id.Clock));
        }
    }

    /// <param name="update">The update, decoded with <see cref="Updates.DecodeUpdate"/>.</param>
    public static ShapeVerdict Check(Doc doc, DecodedUpdate update)
    {
        var pending = doc.PendingStructsUpdateV2 is { } bytes ? Updates.DecodeUpdateV2(bytes).Blocks : [];
        var check = new CharterShapeCheck(doc, update.Blocks.Concat(pending));
        foreach (var block in update.Blocks)
        {
            if (block is ItemBlock item && check.ProblemWith(item) is { } problem)
            {
                return new ShapeVerdict(problem, false);
            }
        }

        var dropPending = pending.OfType<ItemBlock>().Any(item => check.ProblemWith(item) is not null);
        return new ShapeVerdict(null, dropPending);
    }

    private string? ProblemWith(ItemBlock item)
    {
        var place = PlaceOf(item);
        var content = item.Content;
        if (content is not (DeletedContent or StringContent or AnyContent or TypeContent))
        {
            return $"Item {ShapePlace.Name(item.Id)} holds {content.GetType().Name.Replace("Content", "", StringComparison.Ordinal).ToLowerInvariant()} content, which a charter never uses.";
        }

        if (content is TypeContent { TypeRef: > 2 })
        {
            return $"Item {ShapePlace.Name(item.Id)} is an XML type, which a charter never uses.";
        }

        return place.Kind switch
        {
            ShapePlaceKind.Outside => $"Item {ShapePlace.Name(item.Id)} lands outside the charter's layout: {place.Why}.",
            ShapePlaceKind.Known => ShapeRules.ProblemAt(place.Parent!, place.Key, content, item.Id),
            _ => null,
        };
    }

    /// <summary>
    /// Where <paramref name="start"/> lands. Follows parent and origin references through the update
    /// without recursion (an update may chain thousands of items), remembering every place found.
    /// </summary>
    private ShapePlace PlaceOf(ItemBlock start)
    {
        var chain = new List<(ItemBlock Block, bool ViaParent)>();
        var visiting = new HashSet<ItemBlock>(ReferenceEqualityComparer.Instance);
        var current = start;
        ShapePlace place;
        while (true)
        {
            if (_places.TryGetValue(current, out place))
            {
                break;
            }

            if (current.ParentYKey is { } root)
            {
                place = CharterShape.Roots.TryGetValue(root, out var node)
                    ? ShapePlace.In(node, current.ParentSub)
                    : ShapePlace.Outside($"'{ShapePlace.Shorten(root)}' is not one of the charter's roots ({string.Join(", ", CharterShape.Roots.Keys)})");
                _places[current] = place;
                break;
            }

            if (!visiting.Add(current))
            {
                // References that go round in a circle never integrate.
                place = ShapePlace.MissingAt(0);
                break;
            }

            var viaParent = current.ParentId is not null;
            var next = current.ParentId ?? current.Origin ?? current.RightOrigin!.Value;
            chain.Add((current, viaParent));
            var inUpdate = FindBlock(next);
            if (inUpdate is ItemBlock nextItem)
            {
                current = nextItem;
                continue;
            }

            chain.RemoveAt(chain.Count - 1);
            place = inUpdate is GcBlock
                ? ShapePlace.RemovedAt(viaParent ? 1 : 0)
                : viaParent ? DocChildrenPlace(next).WithKey(current.ParentSub) : DocItemPlace(next);
            _places[current] = place;
            break;
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var (block, viaParent) = chain[i];
            place = viaParent ? place.Children(current.Content is TypeContent).WithKey(block.ParentSub) : place;
            _places[block] = place;
            current = block;
        }

        return place;
    }

    /// <summary>Where the Doc's item at <paramref name="id"/> is (an origin's place is its neighbour's place).</summary>
    private ShapePlace DocItemPlace(Id id) => _doc.Store.TryFind(id) switch
    {
        null => ShapePlace.MissingAt(0),
        Item { Parent: { } parent } item => TypePlace(parent).WithKey(item.ParentSub),
        _ => ShapePlace.RemovedAt(0),
    };

    /// <summary>Where the children of the Doc's item at <paramref name="id"/> land.</summary>
    private ShapePlace DocChildrenPlace(Id id) => _doc.Store.TryFind(id) switch
    {
        null => ShapePlace.MissingAt(1),
        Item { Content: ContentType content } => TypePlace(content.Type),
        _ => ShapePlace.RemovedAt(1),
    };

    /// <summary>The layout position of a type in the Doc, found by walking up to its root (at most the layout's depth).</summary>
    private ShapePlace TypePlace(AbstractType type)
    {
        if (_typePlaces.TryGetValue(type, out var known))
        {
            return known;
        }

        var keys = new List<string?>();
        var current = type;
        while (current.Item is { } item)
        {
            if (keys.Count > CharterShape.MaxDepth || item.Parent is null)
            {
                return _typePlaces[type] = keys.Count > CharterShape.MaxDepth
                    ? ShapePlace.Outside($"a type nested more than {CharterShape.MaxDepth} levels deep")
                    : ShapePlace.RemovedAt(keys.Count);
            }

            keys.Add(item.ParentSub);
            current = item.Parent;
        }

        if (current.RootName is not { } root || !CharterShape.Roots.TryGetValue(root, out var node))
        {
            return _typePlaces[type] = ShapePlace.Outside($"'{current.RootName}' is not one of the charter's roots");
        }

        var place = ShapePlace.In(node, null);
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            place = place.WithKey(keys[i]).Children(isType: true);
        }

        return _typePlaces[type] = place;
    }

    private UpdateBlock? FindBlock(Id id)
    {
        if (!_blocks.TryGetValue(id.Client, out var list))
        {
            return null;
        }

        int low = 0, high = list.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var block = list[mid];
            if (id.Clock < block.Id.Clock)
            {
                high = mid - 1;
            }
            else if (id.Clock >= block.End)
            {
                low = mid + 1;
            }
            else
            {
                return block is SkipBlock ? null : block;
            }
        }

        return null;
    }
}
