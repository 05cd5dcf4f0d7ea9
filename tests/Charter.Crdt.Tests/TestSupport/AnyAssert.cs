using System.Collections;
using System.Numerics;
using Charter.Crdt.Lib0;

namespace Charter.Crdt.Tests.TestSupport;

/// <summary>
/// Compares Any values as JavaScript would see them: numbers by value (a long equals the same double),
/// -0 distinct from 0, NaN equal to NaN, objects by keys in order (the order reaches the wire).
/// </summary>
internal static class AnyAssert
{
    public static void Equal(object? expected, object? actual, string context = "")
    {
        if (!AreEqual(expected, actual))
        {
            Assert.Fail($"{context}: expected {Describe(expected)}, got {Describe(actual)}");
        }
    }

    public static bool AreEqual(object? expected, object? actual)
    {
        switch (expected)
        {
            case null:
                return actual is null;
            case Undefined:
                return actual is Undefined;
            case long or double:
                return actual is long or double && NumbersEqual(ToDouble(expected), ToDouble(actual));
            case BigInteger big:
                return actual is BigInteger otherBig && big == otherBig;
            case string text:
                return actual is string otherText && string.Equals(text, otherText, StringComparison.Ordinal);
            case bool flag:
                return actual is bool otherFlag && flag == otherFlag;
            case byte[] bytes:
                return actual is byte[] otherBytes && bytes.AsSpan().SequenceEqual(otherBytes);
            case IDictionary<string, object?> map:
                return actual is IDictionary<string, object?> otherMap
                    && map.Keys.SequenceEqual(otherMap.Keys)
                    && map.All(pair => AreEqual(pair.Value, otherMap[pair.Key]));
            case IList list:
                return actual is IList otherList
                    && list.Count == otherList.Count
                    && Enumerable.Range(0, list.Count).All(i => AreEqual(list[i], otherList[i]));
            default:
                return Equals(expected, actual);
        }
    }

    private static double ToDouble(object? number) => number is long l ? l : (double)number!;

    private static bool NumbersEqual(double a, double b) =>
        (double.IsNaN(a) && double.IsNaN(b)) || (a == b && double.IsNegative(a) == double.IsNegative(b));

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        byte[] b => $"bytes[{Convert.ToHexString(b)}]",
        IDictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => $"{p.Key}: {Describe(p.Value)}")) + "}",
        IList list => "[" + string.Join(", ", list.Cast<object?>().Select(Describe)) + "]",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "d",
        _ => $"{value} ({value.GetType().Name})",
    };
}
