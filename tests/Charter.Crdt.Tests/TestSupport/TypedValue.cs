using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Charter.Crdt.Lib0;

namespace Charter.Crdt.Tests.TestSupport;

/// <summary>
/// Rebuilds a JS value from the typed JSON form that js/fixtures/typed.mjs writes (which keeps -0,
/// NaN, bigint, undefined and Uint8Array apart), in the C# shapes Charter.Crdt uses for Any values.
/// </summary>
internal static class TypedValue
{
    public static object? ToValue(JsonElement typed)
    {
        var kind = typed.Str("t");
        return kind switch
        {
            "undefined" => Undefined.Value,
            "null" => null,
            "bool" => typed.GetProperty("v").GetBoolean(),
            "int" => long.Parse(typed.Str("v"), CultureInfo.InvariantCulture),
            "num" => BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64BigEndian(typed.GetProperty("bits").Hex())),
            "bigint" => BigInteger.Parse(typed.Str("v"), CultureInfo.InvariantCulture),
            "str" => typed.Str("v"),
            "bytes" => typed.GetProperty("v").Hex(),
            "arr" => typed.GetProperty("v").EnumerateArray().Select(ToValue).ToList(),
            "obj" => ToDictionary(typed.GetProperty("v")),
            "subdoc" => new SubdocReference(typed.Str("guid")),
            _ => throw new InvalidOperationException($"Unknown typed value kind '{kind}'"),
        };
    }

    private static Dictionary<string, object?> ToDictionary(JsonElement pairs)
    {
        var map = new Dictionary<string, object?>();
        foreach (var pair in pairs.EnumerateArray())
        {
            map[pair[0].GetString()!] = ToValue(pair[1]);
        }

        return map;
    }
}

/// <summary>A subdocument as it appears in a fixture's toJSON() output: just its guid.</summary>
internal sealed record SubdocReference(string Guid);
