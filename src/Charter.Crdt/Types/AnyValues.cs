namespace Charter.Crdt.Types;

/// <summary>Maps .NET values onto lib0's "any" model (integers are long, floating point is double).</summary>
internal static class AnyValues
{
    /// <summary>
    /// Normalises a value for storage and checks that lib0 can encode it; a value it cannot encode
    /// would otherwise sit in the document and break every later update and state encoding.
    /// </summary>
    public static object? Normalize(object? value)
    {
        var normalized = value switch
        {
            int i => (long)i,
            short s => (long)s,
            byte b => (long)b,
            uint u => (long)u,
            float f => (double)f,
            _ => value,
        };
        if (normalized is not (null or string or long or double or bool))
        {
            new Lib0.Lib0Encoder().WriteAny(normalized);
        }

        return normalized;
    }

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
