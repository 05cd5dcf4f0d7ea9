using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Charter.Crdt.Lib0;

/// <summary>
/// <c>JSON.stringify</c> and <c>JSON.parse</c> with JavaScript's exact output, which yjs's V1 encoding
/// puts on the wire for embeds, format attributes and JSON content. Values use the same C# shapes as
/// lib0's Any: <see cref="long"/> for integers, <see cref="double"/> otherwise,
/// <c>Dictionary&lt;string, object?&gt;</c>, <c>List&lt;object?&gt;</c>, <see cref="Undefined"/>.
/// </summary>
public static class JsJson
{
    private const int MaxDepth = Lib0Encoder.MaxAnyDepth;

    /// <summary>
    /// Serialises as <c>JSON.stringify</c> does. Undefined members of objects are left out and
    /// undefined array items become <c>null</c>; a top-level undefined has no JSON text and is refused.
    /// </summary>
    public static string Stringify(object? value)
    {
        if (value is Undefined)
        {
            throw new ArgumentException("JSON.stringify(undefined) produces no text.", nameof(value));
        }

        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>Parses as <c>JSON.parse</c> does; anything it would reject throws <see cref="MalformedUpdateException"/>.</summary>
    public static object? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text);
        var value = parser.ParseDocument();
        return value;
    }

    /// <summary>JavaScript's number formatting, as used in JSON (non-finite numbers become <c>null</c>).</summary>
    internal static string FormatNumber(double value) =>
        double.IsFinite(value) ? JsNumber.ToString(value) : "null";

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"Value nests deeper than {MaxDepth} levels; is it cyclic?", nameof(value));
        }

        switch (value)
        {
            case null or Undefined:
                builder.Append("null");
                break;
            case string text:
                WriteString(builder, text);
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case long or int or short or sbyte or byte or ushort or uint or ulong:
                var integer = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                builder.Append(Math.Abs(integer) < 1e21 && value is not ulong
                    ? Convert.ToString(value, CultureInfo.InvariantCulture)
                    : FormatNumber(integer));
                break;
            case float number:
                builder.Append(FormatNumber(number));
                break;
            case double number:
                builder.Append(FormatNumber(number));
                break;
            case BigInteger:
                throw new ArgumentException("JSON.stringify cannot serialise a BigInt.", nameof(value));
            case byte[] bytes:
                // A Uint8Array stringifies as an object keyed by index.
                WriteObject(builder, Enumerable.Range(0, bytes.Length).Select(i => (i.ToString(CultureInfo.InvariantCulture), (object?)(long)bytes[i])), depth);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteObject(builder, JsPropertyOrder.Order(map.Keys).Select(key => (key, map[key])), depth);
                break;
            case IDictionary<string, object?> map:
                WriteObject(builder, JsPropertyOrder.Order(map.Keys).Select(key => (key, map[key])), depth);
                break;
            case IList list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(builder, list[i], depth + 1);
                }

                builder.Append(']');
                break;
            default:
                throw new ArgumentException($"A value of type {value.GetType()} has no JSON form.", nameof(value));
        }
    }

    private static void WriteObject(StringBuilder builder, IEnumerable<(string Key, object? Value)> members, int depth)
    {
        builder.Append('{');
        var first = true;
        foreach (var (key, member) in members)
        {
            if (member is Undefined)
            {
                continue;
            }

            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            WriteString(builder, key);
            builder.Append(':');
            Write(builder, member, depth + 1);
        }

        builder.Append('}');
    }

    /// <summary>JSON.stringify's QuoteJSONString, including the escaping of lone surrogates.</summary>
    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < 0x20)
                    {
                        AppendUnicodeEscape(builder, c);
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        AppendUnicodeEscape(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));

    private sealed class Parser(string text)
    {
        private int _position;

        public object? ParseDocument()
        {
            var value = ParseValue(0);
            SkipWhitespace();
            if (_position != text.Length)
            {
                throw Error("Unexpected text after the JSON value");
            }

            return value;
        }

        private object? ParseValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error($"JSON nests deeper than {MaxDepth} levels");
            }

            SkipWhitespace();
            if (_position >= text.Length)
            {
                throw Error("Unexpected end of JSON");
            }

            switch (text[_position])
            {
                case '{':
                    return ParseObject(depth);
                case '[':
                    return ParseArray(depth);
                case '"':
                    return ParseString();
                case 't':
                    ExpectWord("true");
                    return true;
                case 'f':
                    ExpectWord("false");
                    return false;
                case 'n':
                    ExpectWord("null");
                    return null;
                default:
                    return ParseNumber();
            }
        }

        private Dictionary<string, object?> ParseObject(int depth)
        {
            _position++;
            var map = new Dictionary<string, object?>();
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return map;
            }

            while (true)
            {
                SkipWhitespace();
                if (_position >= text.Length || text[_position] != '"')
                {
                    throw Error("Expected a property name");
                }

                var key = ParseString();
                SkipWhitespace();
                Expect(':');
                map[key] = ParseValue(depth + 1);
                SkipWhitespace();
                if (TryConsume('}'))
                {
                    return ReorderLikeJs(map);
                }

                Expect(',');
            }
        }

        /// <summary>JSON.parse builds a JS object, whose keys then enumerate in JS property order.</summary>
        private static Dictionary<string, object?> ReorderLikeJs(Dictionary<string, object?> map)
        {
            var ordered = JsPropertyOrder.Order(map.Keys).ToList();
            if (ordered.SequenceEqual(map.Keys))
            {
                return map;
            }

            return ordered.ToDictionary(key => key, key => map[key]);
        }

        private List<object?> ParseArray(int depth)
        {
            _position++;
            var list = new List<object?>();
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return list;
            }

            while (true)
            {
                list.Add(ParseValue(depth + 1));
                SkipWhitespace();
                if (TryConsume(']'))
                {
                    return list;
                }

                Expect(',');
            }
        }

        private string ParseString()
        {
            _position++;
            var builder = new StringBuilder();
            while (true)
            {
                if (_position >= text.Length)
                {
                    throw Error("Unterminated string");
                }

                var c = text[_position++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c < 0x20)
                {
                    throw Error("Control character inside a string");
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (_position >= text.Length)
                {
                    throw Error("Unterminated escape");
                }

                var escape = text[_position++];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_position + 4 > text.Length
                            || !int.TryParse(text.AsSpan(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Error("Invalid \\u escape");
                        }

                        builder.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        throw Error($"Invalid escape \\{escape}");
                }
            }
        }

        private object ParseNumber()
        {
            var start = _position;
            TryConsume('-');
            if (TryConsume('0'))
            {
            }
            else if (_position < text.Length && text[_position] is >= '1' and <= '9')
            {
                SkipDigits();
            }
            else
            {
                throw Error("Unexpected character");
            }

            if (TryConsume('.'))
            {
                RequireDigits();
            }

            if (_position < text.Length && text[_position] is 'e' or 'E')
            {
                _position++;
                if (!TryConsume('+'))
                {
                    TryConsume('-');
                }

                RequireDigits();
            }

            var number = double.Parse(text.AsSpan(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture);
            return AnyNumber(number);
        }

        private void RequireDigits()
        {
            var start = _position;
            SkipDigits();
            if (_position == start)
            {
                throw Error("Expected a digit");
            }
        }

        private void SkipDigits()
        {
            while (_position < text.Length && text[_position] is >= '0' and <= '9')
            {
                _position++;
            }
        }

        private void ExpectWord(string word)
        {
            if (string.CompareOrdinal(text, _position, word, 0, word.Length) != 0)
            {
                throw Error("Unexpected token");
            }

            _position += word.Length;
        }

        private void Expect(char c)
        {
            if (!TryConsume(c))
            {
                throw Error($"Expected '{c}'");
            }
        }

        private bool TryConsume(char c)
        {
            if (_position < text.Length && text[_position] == c)
            {
                _position++;
                return true;
            }

            return false;
        }

        private void SkipWhitespace()
        {
            while (_position < text.Length && text[_position] is ' ' or '\t' or '\n' or '\r')
            {
                _position++;
            }
        }

        private MalformedUpdateException Error(string problem) =>
            new($"Invalid JSON: {problem} at character {_position}");
    }

    /// <summary>A JS number as the Any shapes hold it: a safe integer (other than -0) as long, the rest as double.</summary>
    internal static object AnyNumber(double number) =>
        double.IsInteger(number) && Math.Abs(number) <= Lib0Decoder.MaxSafeInteger && !(number == 0 && double.IsNegative(number))
            ? (long)number
            : number;
}
