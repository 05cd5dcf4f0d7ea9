using Markdig.Extensions.Yaml;

namespace Charter.Domain.Drafts;

/// <summary>
/// The front matter of a draft, read as plain <c>key: value</c> lines (blank lines and
/// <c>#</c> comments are skipped; a value may be wrapped in single or double quotes). Drafts only
/// need flat keys, so this is deliberately not a YAML parser: anything else is an error rather
/// than a guess. Only <c>language</c> is required and used; other keys are accepted and ignored.
/// </summary>
internal sealed class FrontMatter
{
    private readonly Dictionary<string, (string Value, int Line)> _entries;

    private FrontMatter(Dictionary<string, (string Value, int Line)> entries, int openingLine)
    {
        _entries = entries;
        OpeningLine = openingLine;
    }

    /// <summary>The 1-based line of the opening <c>---</c>.</summary>
    public int OpeningLine { get; }

    public bool TryGet(string key, out string value, out int line)
    {
        var found = _entries.TryGetValue(key, out var entry);
        (value, line) = found ? entry : (string.Empty, 0);
        return found;
    }

    public static FrontMatter Read(YamlFrontMatterBlock block, SourceText source, Func<int, string, Exception> error)
    {
        var firstLine = block.Line;
        var closingLine = source.LineOf(block.Span.End);
        var entries = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        for (var line = firstLine + 1; line < closingLine; line++)
        {
            var raw = source.Line(line);
            var text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (char.IsWhiteSpace(raw[0]))
            {
                throw error(line + 1, $"front matter line '{text}' is indented; nested YAML is not supported, only flat 'key: value' lines");
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? text[..colon].TrimEnd() : string.Empty;
            if (key.Length == 0 || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw error(line + 1, $"front matter line '{text}' is not of the form 'key: value'");
            }

            if (entries.TryGetValue(key, out var earlier))
            {
                throw error(line + 1, $"front matter key '{key}' is repeated (first on line {earlier.Line})");
            }

            entries[key] = (Unquote(text[(colon + 1)..].Trim()), line + 1);
        }

        return new FrontMatter(entries, firstLine + 1);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == value[^1] && value[0] is '"' or '\'' ? value[1..^1] : value;
}
