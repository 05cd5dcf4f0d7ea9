namespace Charter.Domain.Documents.Shape;

/// <summary>What one position of the charter's layout holds.</summary>
public enum ShapeKind
{
    Map,
    Text,
    Array,

    /// <summary>A plain string (a language code, a source hash, an id in <c>order</c>).</summary>
    Value,
}

/// <summary>
/// One position in the charter's layout: what it holds and, for a map, which keys it takes. A map
/// either lists its fields by name or takes any id (<see cref="AnyKey"/>) as a key.
/// </summary>
public sealed class ShapeNode(string path, ShapeKind kind, IReadOnlyDictionary<string, ShapeNode>? fields = null, ShapeNode? anyKey = null, ShapeNode? element = null)
{
    public string Path { get; } = path;

    public ShapeKind Kind { get; } = kind;

    public IReadOnlyDictionary<string, ShapeNode>? Fields { get; } = fields;

    public ShapeNode? AnyKey { get; } = anyKey;

    /// <summary>What an array holds.</summary>
    public ShapeNode? Element { get; } = element;

    /// <summary>The position under <paramref name="key"/>, or null when this map takes no such key.</summary>
    public ShapeNode? ChildAt(string key) =>
        Fields is not null && Fields.TryGetValue(key, out var field) ? field
        : AnyKey is not null && CharterShape.IsIdLike(key) ? AnyKey
        : null;
}

/// <summary>
/// The layout of a charter's Doc that <see cref="CharterDocument"/> describes, as data, with the
/// limits every update must keep to (see docs/COLLABORATION.md, "What an update may change"):
/// <code>
/// meta:             { title: text, preamble: text, language: value }
/// parts:            id → { title: text, translations: lang → { title: text, sourceHash: value } }
/// clauses:          id → { title: text, body: text, translations: lang → { title: text, body: text, sourceHash: value } }
/// metaTranslations: lang → { title: text, preamble: text, sourceHash: value }
/// order:            [ id, … ]
/// </code>
/// The deepest position is four types below a root (clauses → clause → translations → language
/// → text), so no update can nest deeper than that.
/// </summary>
public static class CharterShape
{
    /// <summary>The longest id or language code a map key or an <c>order</c> entry may be.</summary>
    public const int MaxIdLength = 64;

    /// <summary>The longest plain string value (a language code, a 64-character source hash).</summary>
    public const int MaxValueLength = 256;

    /// <summary>Type levels below a root, the most the layout has; also the most a pending or removed branch may nest.</summary>
    public const int MaxDepth = 4;

    public static IReadOnlyDictionary<string, ShapeNode> Roots { get; } = BuildRoots();

    public static bool IsIdLike(string key) => key.Length is > 0 and <= MaxIdLength;

    private static Dictionary<string, ShapeNode> BuildRoots()
    {
        static ShapeNode Text(string path) => new(path, ShapeKind.Text);
        static ShapeNode Value(string path) => new(path, ShapeKind.Value);
        static ShapeNode Map(string path, params (string Key, Func<string, ShapeNode> Make)[] fields) =>
            new(path, ShapeKind.Map, fields.ToDictionary(f => f.Key, f => f.Make($"{path}/{f.Key}"), StringComparer.Ordinal));
        static ShapeNode ById(string path, Func<string, ShapeNode> entry) => new(path, ShapeKind.Map, anyKey: entry($"{path}/<id>"));

        const string title = CharterDocument.TitleKey;
        const string body = CharterDocument.BodyKey;
        const string preamble = CharterDocument.PreambleKey;
        const string hash = CharterDocument.SourceHashKey;
        const string translations = CharterDocument.TranslationsKey;
        return new Dictionary<string, ShapeNode>(StringComparer.Ordinal)
        {
            [CharterDocument.MetaKey] = Map(CharterDocument.MetaKey, (title, Text), (preamble, Text), (CharterDocument.LanguageKey, Value)),
            [CharterDocument.PartsKey] = ById(CharterDocument.PartsKey, part => Map(
                part,
                (title, Text),
                (translations, t => ById(t, language => Map(language, (title, Text), (hash, Value)))))),
            [CharterDocument.ClausesKey] = ById(CharterDocument.ClausesKey, clause => Map(
                clause,
                (title, Text),
                (body, Text),
                (translations, t => ById(t, language => Map(language, (title, Text), (body, Text), (hash, Value)))))),
            [CharterDocument.MetaTranslationsKey] = ById(CharterDocument.MetaTranslationsKey, language => Map(
                language, (title, Text), (preamble, Text), (hash, Value))),
            [CharterDocument.OrderKey] = new ShapeNode(CharterDocument.OrderKey, ShapeKind.Array, element: Value($"{CharterDocument.OrderKey}/<id>")),
        };
    }
}
