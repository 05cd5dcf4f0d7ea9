namespace Charter.Crdt.Types;

/// <summary>Maps .NET values onto lib0's "any" model (integers are long, floating point is double).</summary>
internal static class AnyValues
{
    public static object? Normalize(object? value) => value switch
    {
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        uint u => (long)u,
        float f => (double)f,
        _ => value,
    };

    /// <summary>yjs's equalAttrs: same value, or two objects with the same keys and (shallowly) equal values.</summary>
    public static bool EqualAttrs(object? a, object? b)
    {
        if (Equals(a, b))
        {
            return true;
        }

        if (a is Dictionary<string, object?> da && b is Dictionary<string, object?> db && da.Count == db.Count)
        {
            foreach (var (key, value) in da)
            {
                if (!db.TryGetValue(key, out var other) || !Equals(value, other))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }
}
