using System.Globalization;

namespace Charter.Crdt.Lib0;

/// <summary>
/// JavaScript's <c>Number.prototype.toString()</c> for doubles (ECMA-262 Number::toString): the
/// shortest round-tripping digits, laid out in plain or exponent notation by the spec's rules.
/// </summary>
internal static class JsNumber
{
    public static string ToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        var (digits, pointPosition) = ShortestDigits(Math.Abs(value));
        var sign = value < 0 ? "-" : string.Empty;
        var k = digits.Length;
        var n = pointPosition;
        if (k <= n && n <= 21)
        {
            return sign + digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return sign + digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return sign + "0." + new string('0', -n) + digits;
        }

        var exponent = n - 1;
        var exponentText = (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return sign + mantissa + "e" + exponentText;
    }

    /// <summary>
    /// Splits a positive finite double into its shortest decimal digits (no leading or trailing zeros)
    /// and n, the position of the decimal point, so that value = 0.digits × 10^n.
    /// </summary>
    private static (string Digits, int PointPosition) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.');
        var integerDigits = dot >= 0 ? dot : text.Length;
        var allDigits = dot >= 0 ? text.Remove(dot, 1) : text;
        var leadingZeros = 0;
        while (leadingZeros < allDigits.Length - 1 && allDigits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        var digits = allDigits[leadingZeros..].TrimEnd('0');
        return (digits, integerDigits - leadingZeros + exponent);
    }
}
