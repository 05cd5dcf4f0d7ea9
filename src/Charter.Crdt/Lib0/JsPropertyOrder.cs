namespace Charter.Crdt.Lib0;

/// <summary>
/// JavaScript enumerates an object's own string keys with array-index keys ("0", "17") first in
/// ascending numeric order, then the others in insertion order. <c>Object.keys</c>, and so lib0's
/// <c>writeAny</c> and <c>JSON.stringify</c>, see keys in that order; we reproduce it so that a C#
/// dictionary encodes to the same bytes as the JS object a peer would build from it.
/// </summary>
internal static class JsPropertyOrder
{
    public static IEnumerable<string> Order(IEnumerable<string> keys)
    {
        List<(uint Index, string Key)>? indexKeys = null;
        List<string>? otherKeys = null;
        foreach (var key in keys)
        {
            if (TryParseArrayIndex(key, out var index))
            {
                (indexKeys ??= []).Add((index, key));
            }
            else
            {
                (otherKeys ??= []).Add(key);
            }
        }

        if (indexKeys is null)
        {
            return otherKeys ?? [];
        }

        indexKeys.Sort((a, b) => a.Index.CompareTo(b.Index));
        var ordered = indexKeys.Select(pair => pair.Key);
        return otherKeys is null ? ordered : ordered.Concat(otherKeys);
    }

    /// <summary>An array index is the canonical decimal form of an integer in [0, 2^32 - 2].</summary>
    private static bool TryParseArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        ulong value = 0;
        foreach (var c in key)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (ulong)(c - '0');
        }

        if (value > uint.MaxValue - 1)
        {
            return false;
        }

        index = (uint)value;
        return true;
    }
}
