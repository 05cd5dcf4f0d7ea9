namespace Charter.Crdt.Tests.Interop;

/// <summary>
/// A random edit described by fractions (<see cref="At"/>, <see cref="Span"/> in [0, 1)) that each peer
/// resolves against its own state, in C# here and in yjs-peer-driver.mjs for yjs peers, with the same
/// rules: positions never fall inside a surrogate pair.
/// </summary>
internal sealed record InteropOp(
    string Kind,
    double At,
    double Span,
    string? Text = null,
    Dictionary<string, object?>? Attributes = null,
    string? Key = null,
    object? Value = null,
    List<object?>? Values = null)
{
    private static readonly string[] Snippets = ["a", "bc", "def ", " ", "ñ", "😀", "é😀x", "Derecho", "\n"];
    private static readonly string[] Keys = ["title", "lang", "k1", "k2", "order", "ü"];

    public static InteropOp Random(Random random)
    {
        var at = random.NextDouble();
        var span = random.NextDouble();
        return random.Next(10) switch
        {
            0 or 1 or 2 => new InteropOp("textInsert", at, span, Text: Snippets[random.Next(Snippets.Length)], Attributes: random.Next(3) == 0 ? RandomAttributes(random) : null),
            3 or 4 => new InteropOp("textDelete", at, span),
            5 => new InteropOp("textFormat", at, span, Attributes: RandomAttributes(random)),
            6 => new InteropOp("mapSet", at, span, Key: Keys[random.Next(Keys.Length)], Value: RandomValue(random)),
            7 => new InteropOp("mapDelete", at, span, Key: Keys[random.Next(Keys.Length)]),
            8 => new InteropOp("arrayInsert", at, span, Values: Enumerable.Range(0, 1 + random.Next(3)).Select(_ => RandomValue(random)).ToList()),
            _ => new InteropOp("arrayDelete", at, span),
        };
    }

    public Dictionary<string, object?> ToCommand()
    {
        var op = new Dictionary<string, object?> { ["kind"] = Kind, ["at"] = At, ["span"] = Span };
        AddIfSet(op, "text", Text);
        AddIfSet(op, "attributes", Attributes);
        AddIfSet(op, "key", Key);
        if (Kind == "mapSet")
        {
            op["value"] = Value;
        }

        AddIfSet(op, "values", Values);
        return op;
    }

    /// <summary>Applies this op to a C# doc with the same position rules as the yjs driver.</summary>
    public void ApplyTo(Doc doc)
    {
        var text = doc.GetText("text");
        var array = doc.GetArray("array");
        var current = text.ToString();
        switch (Kind)
        {
            case "textInsert":
                text.Insert(TextIndex(current, At), Text!, Attributes is null ? null : new Dictionary<string, object?>(Attributes));
                break;
            case "textDelete":
                {
                    var (index, length) = TextRange(current, At, Span);
                    if (length > 0)
                    {
                        text.Delete(index, length);
                    }

                    break;
                }

            case "textFormat":
                {
                    var (index, length) = TextRange(current, At, Span);
                    if (length > 0)
                    {
                        text.Format(index, length, new Dictionary<string, object?>(Attributes!));
                    }

                    break;
                }

            case "mapSet":
                doc.GetMap("map").Set(Key!, Value);
                break;
            case "mapDelete":
                doc.GetMap("map").Delete(Key!);
                break;
            case "arrayInsert":
                array.Insert((int)Math.Floor(At * (array.Length + 1)), Values!.ToArray());
                break;
            case "arrayDelete":
                if (array.Length > 0)
                {
                    var start = Math.Min((int)Math.Floor(At * array.Length), array.Length - 1);
                    array.Delete(start, Math.Min(array.Length - start, 1 + (int)Math.Floor(Span * 3)));
                }

                break;
            default:
                throw new InvalidOperationException("Unknown op " + Kind);
        }
    }

    private static int TextIndex(string text, double at)
    {
        var index = (int)Math.Floor(at * (text.Length + 1));
        return index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) ? index - 1 : index;
    }

    private static (int Index, int Length) TextRange(string text, double at, double span)
    {
        var start = TextIndex(text, at);
        var end = start + (int)Math.Floor(span * (Math.Min(6, text.Length - start) + 1));
        if (end > 0 && end < text.Length && char.IsHighSurrogate(text[end - 1]))
        {
            end++;
        }

        return (start, end - start);
    }

    private static Dictionary<string, object?> RandomAttributes(Random random) => random.Next(5) switch
    {
        0 => new() { ["bold"] = true },
        1 => new() { ["italic"] = true },
        2 => new() { ["bold"] = null },
        3 => new() { ["link"] = "https://example.org/" + random.Next(3) },
        _ => new() { ["color"] = "#c00", ["italic"] = null },
    };

    private static object? RandomValue(Random random) => random.Next(7) switch
    {
        0 => (long)random.Next(-1000, 1000),
        1 => random.Next(1000) + 0.5,
        2 => "valor " + random.Next(100),
        3 => random.Next(2) == 0,
        4 => null,
        5 => new Dictionary<string, object?> { ["n"] = (long)random.Next(10), ["tags"] = new List<object?> { "a", 1L } },
        _ => new List<object?> { 1L, "two", null },
    };

    private static void AddIfSet(Dictionary<string, object?> op, string name, object? value)
    {
        if (value is not null)
        {
            op[name] = value;
        }
    }
}
