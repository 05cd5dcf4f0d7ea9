namespace Charter.Crdt.Types;

/// <summary>
/// One operation of a Quill-style delta: exactly one of <see cref="Insert"/> (a string, an embed,
/// a type, or a list of array values), <see cref="Delete"/> or <see cref="Retain"/> is set.
/// </summary>
public sealed record DeltaOp
{
    public object? Insert { get; init; }

    public int? Delete { get; init; }

    public int? Retain { get; init; }

    /// <summary>Formatting attributes of an insert or retain; null when there are none.</summary>
    public Dictionary<string, object?>? Attributes { get; init; }

    public static DeltaOp InsertOp(object insert, Dictionary<string, object?>? attributes = null) => new() { Insert = insert, Attributes = attributes };

    public static DeltaOp DeleteOp(int count) => new() { Delete = count };

    public static DeltaOp RetainOp(int count, Dictionary<string, object?>? attributes = null) => new() { Retain = count, Attributes = attributes };

    public bool Equals(DeltaOp? other) =>
        other is not null
        && Equals(Insert, other.Insert)
        && Delete == other.Delete
        && Retain == other.Retain
        && AttributesEqual(Attributes, other.Attributes);

    public override int GetHashCode() => HashCode.Combine(Insert, Delete, Retain);

    private static bool AttributesEqual(Dictionary<string, object?>? a, Dictionary<string, object?>? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        return a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && Equals(kv.Value, v));
    }
}
