using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Charter.Web.Audit;

/// <summary>
/// One shape of an audit entry's details line, such as <c>"role {Role}; note: {Text}"</c>. It writes
/// the line (the fixed English form that is stored and hashed, so a shape's text never changes
/// once entries carry it) and reads a stored line back into its parts, so the audit page can say
/// it in the reader's language (docs/ARCHITECTURE.md, "Security").
/// </summary>
public sealed partial class AuditDetailTemplate
{
    private readonly (string Literal, AuditDetailPart? Part)[] _pieces;
    private readonly Regex _pattern;

    /// <param name="name">Names the sentence that says it in each language: <c>Audit.Details.{name}</c>.</param>
    /// <param name="template">Literal text with a <c>{Kind}</c> placeholder per part, in order.</param>
    public AuditDetailTemplate(string name, string template)
    {
        Name = name;
        var pieces = new List<(string, AuditDetailPart?)>();
        var regex = new StringBuilder("^");
        var at = 0;
        foreach (Match placeholder in Placeholder().Matches(template))
        {
            var literal = template[at..placeholder.Index];
            var part = Enum.Parse<AuditDetailPart>(placeholder.Groups["kind"].Value);
            pieces.Add((literal, part));
            regex.Append(Regex.Escape(literal)).Append('(').Append(PatternOf(part)).Append(')');
            at = placeholder.Index + placeholder.Length;
        }

        pieces.Add((template[at..], null));
        regex.Append(Regex.Escape(template[at..])).Append('$');
        _pieces = [.. pieces];
        _pattern = new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    public string Name { get; }

    /// <summary>The kinds of this shape's parts, in order.</summary>
    public IEnumerable<AuditDetailPart> Parts => _pieces.Where(p => p.Part is not null).Select(p => p.Part!.Value);

    /// <summary>The stored line for <paramref name="values"/>, one per part, in the form each kind is stored in.</summary>
    public string Write(params object[] values)
    {
        var parts = Parts.ToList();
        if (values.Length != parts.Count)
        {
            throw new ArgumentException($"The audit details shape {Name} takes {parts.Count} values, not {values.Length}.", nameof(values));
        }

        var line = new StringBuilder();
        var index = 0;
        foreach (var (literal, part) in _pieces)
        {
            line.Append(literal);
            if (part is { } kind)
            {
                line.Append(Stored(kind, values[index++]));
            }
        }

        return line.ToString();
    }

    /// <summary>The parts of <paramref name="details"/> as stored, or null when it is not of this shape.</summary>
    public IReadOnlyList<string>? Read(string details)
    {
        var match = _pattern.Match(details);
        return match.Success ? [.. match.Groups.Cast<Group>().Skip(1).Select(g => g.Value)] : null;
    }

    private static string Stored(AuditDetailPart kind, object value) => kind switch
    {
        AuditDetailPart.When => ((DateTimeOffset)value).ToUniversalTime().ToString("u", CultureInfo.InvariantCulture),
        // Stored in lower case since the first entries: "yes", "member", "organisation".
        AuditDetailPart.Option or AuditDetailPart.Unit or AuditDetailPart.Endorser =>
            Convert.ToString(value, CultureInfo.InvariantCulture)!.ToLowerInvariant(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string PatternOf(AuditDetailPart kind) => kind switch
    {
        AuditDetailPart.Text => ".*?",
        AuditDetailPart.Number => "[0-9]+",
        AuditDetailPart.Share => "[0-9]+(?:[.,][0-9]+)?",
        AuditDetailPart.When => "[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}Z",
        AuditDetailPart.Secret => "True|False",
        _ => "[A-Za-z]+",
    };

    [GeneratedRegex(@"\{(?<kind>[A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
