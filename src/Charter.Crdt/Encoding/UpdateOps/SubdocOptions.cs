using System.Numerics;
using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>
/// yjs re-creates a subdocument from its options (<c>new Doc({ guid, ...opts })</c>) and writes back only
/// what the new Doc remembers: <c>gc: false</c> when gc is off, <c>autoLoad: true</c> when set, and
/// <c>meta</c> when not null. Update-level operations therefore normalise the options the same way.
/// </summary>
internal static class SubdocOptions
{
    public static (string Guid, Dictionary<string, object?> Options) Normalize(string guid, object? options)
    {
        var given = options as IDictionary<string, object?> ?? new Dictionary<string, object?>();
        if (given.TryGetValue("guid", out var overriddenGuid) && overriddenGuid is string text)
        {
            guid = text;
        }

        var normalized = new Dictionary<string, object?>();
        if (given.TryGetValue("gc", out var gc) && gc is not Undefined && !IsTruthy(gc))
        {
            normalized["gc"] = false;
        }

        if (given.TryGetValue("autoLoad", out var autoLoad) && IsTruthy(autoLoad))
        {
            normalized["autoLoad"] = true;
        }

        if (given.TryGetValue("meta", out var meta) && meta is not null and not Undefined)
        {
            normalized["meta"] = meta;
        }

        return (guid, normalized);
    }

    /// <summary>JavaScript truthiness for the values an Any can hold.</summary>
    private static bool IsTruthy(object? value) => value switch
    {
        null or Undefined => false,
        bool flag => flag,
        long number => number != 0,
        double number => number != 0 && !double.IsNaN(number),
        string text => text.Length > 0,
        BigInteger big => !big.IsZero,
        _ => true,
    };
}
