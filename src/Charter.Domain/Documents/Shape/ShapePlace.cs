namespace Charter.Domain.Documents.Shape;

/// <summary>How much is known about where an item lands.</summary>
internal enum ShapePlaceKind
{
    /// <summary>In a type of the layout: <see cref="ShapePlace.Parent"/>, under <see cref="ShapePlace.Key"/>.</summary>
    Known,

    /// <summary>Under removed content (a collected type, or an item that is not a type): yjs collects it on arrival.</summary>
    Removed,

    /// <summary>Under an item neither the Doc nor the update holds: it waits as pending.</summary>
    Missing,

    /// <summary>Somewhere the layout has no place for; <see cref="ShapePlace.Why"/> says where.</summary>
    Outside,
}

/// <summary>
/// Where an item of an update lands: the position of its parent type in <see cref="CharterShape"/>
/// and its map key. <see cref="Depth"/> counts the type levels below the nearest removed or missing
/// item, so even branches whose place is unknown cannot nest without limit.
/// </summary>
internal readonly record struct ShapePlace(ShapePlaceKind Kind, ShapeNode? Parent, string? Key, int Depth, string? Why)
{
    public static ShapePlace In(ShapeNode parent, string? key) => new(ShapePlaceKind.Known, parent, key, 0, null);

    public static ShapePlace RemovedAt(int depth) => new(ShapePlaceKind.Removed, null, null, depth, null);

    public static ShapePlace MissingAt(int depth) => new(ShapePlaceKind.Missing, null, null, depth, null);

    public static ShapePlace Outside(string why) => new(ShapePlaceKind.Outside, null, null, 0, why);

    public ShapePlace WithKey(string? key) => Kind == ShapePlaceKind.Known ? this with { Key = key } : this;

    /// <summary>Where the children of a type item at this place land (before their own key).</summary>
    public ShapePlace Children(bool isType)
    {
        if (Kind == ShapePlaceKind.Outside)
        {
            return this;
        }

        if (!isType)
        {
            // yjs gives an item whose parent item holds no type no parent at all, and collects it.
            return RemovedAt(1);
        }

        if (Kind != ShapePlaceKind.Known)
        {
            return Depth + 1 > CharterShape.MaxDepth
                ? Outside($"types nested more than {CharterShape.MaxDepth} levels deep")
                : this with { Depth = Depth + 1 };
        }

        var node = Parent!.Kind switch
        {
            ShapeKind.Map when Key is not null => Parent.ChildAt(Key),
            ShapeKind.Array => Parent.Element,
            _ => null,
        };
        return node is { Kind: not ShapeKind.Value }
            ? In(node, null)
            : Outside($"a type inside {Describe(Parent, Key)}");
    }

    public static string Describe(ShapeNode parent, string? key) =>
        key is null ? parent.Path : $"{parent.Path}/'{Shorten(key)}'";

    public static string Name(Charter.Crdt.Id id) => $"({id.Client}, {id.Clock})";

    public static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
