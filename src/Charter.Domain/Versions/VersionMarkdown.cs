using System.Text;
using Charter.Domain.Drafts;

namespace Charter.Domain.Versions;

/// <summary>
/// The canonical Markdown of a published version: the drafts format (see
/// <c>src/Charter.Domain/Drafts/README.md</c>) with each clause heading numbered in the version's
/// language, <c>## Article 7. Right to connect {#c-b73y}</c>. Parts keep their own titles.
/// A translation may carry a front matter line <c>stale: meta p-xxxx c-yyyy</c> naming what was
/// translated but not confirmed against the source as it is now: <c>meta</c> for the title and
/// preamble, part ids for part titles, clause ids for clauses.
/// <para>
/// <see cref="Import"/> is the one place that takes the numbers off again, so a downloaded
/// version imports back to the same clauses and ids: <c>Import(Write(x)) == x</c>.
/// </para>
/// </summary>
public static class VersionMarkdown
{
    /// <summary>The front matter key listing a translation's stale entries.</summary>
    public const string StaleKey = "stale";

    /// <summary>Writes the source text of a version.</summary>
    /// <exception cref="ArgumentException">The draft cannot be exported (see <see cref="DraftMarkdown.Export"/>).</exception>
    public static string Write(CharterDraft source) => Write(source, ClauseNumbers.Of(source), []);

    /// <summary>
    /// Writes a translation numbered as its <paramref name="source"/>, marking
    /// <paramref name="staleClauseIds"/> in the front matter.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The translation holds a clause the source lacks, or cannot be exported.
    /// </exception>
    public static string WriteTranslation(CharterDraft translation, CharterDraft source, IReadOnlyCollection<string> staleClauseIds)
    {
        ArgumentNullException.ThrowIfNull(translation);
        ArgumentNullException.ThrowIfNull(staleClauseIds);
        return Write(translation, ClauseNumbers.Of(source), staleClauseIds);
    }

    /// <summary>
    /// Reads a version's Markdown back into the draft it was written from: clause titles lose
    /// their <c>"Article N. "</c> prefix.
    /// </summary>
    /// <exception cref="DraftFormatException">
    /// The text does not follow the drafts format, or a clause heading lacks its number prefix.
    /// </exception>
    public static CharterDraft Import(string markdown, string fileName)
    {
        var parsed = DraftParser.Parse(markdown, fileName);
        var draft = parsed.Draft;
        var label = ArticleLabel.For(draft.Language);
        var previous = 0;
        var parts = new List<Part>(draft.Parts.Count);
        foreach (var part in draft.Parts)
        {
            var clauses = new List<Clause>(part.Clauses.Count);
            foreach (var clause in part.Clauses)
            {
                var line = parsed.IdLines[clause.Id];
                var (number, title) = StripNumber(clause.Title, label)
                    ?? throw new DraftFormatException(fileName, line, $"the heading of clause {clause.Id} does not start with its number ('{label} N. ')");
                if (number <= previous)
                {
                    throw new DraftFormatException(fileName, line, $"clause {clause.Id} is numbered {number} after {previous}; numbers rise in order");
                }

                previous = number;
                clauses.Add(clause with { Title = title });
            }

            parts.Add(part with { Clauses = clauses });
        }

        return draft with { Parts = parts };
    }

    private static string Write(CharterDraft draft, IReadOnlyDictionary<string, int> numbers, IReadOnlyCollection<string> staleClauseIds)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var numbered = draft with
        {
            Parts = [.. draft.Parts.Select(part => part with
            {
                Clauses = [.. part.Clauses.Select(clause => clause with
                {
                    Title = ArticleLabel.Prefix(draft.Language, numbers.TryGetValue(clause.Id, out var number)
                        ? number
                        : throw new ArgumentException($"clause {clause.Id} is not in the source text", nameof(draft))) + clause.Title,
                })],
            })],
        };
        var markdown = DraftMarkdown.Export(numbered);
        if (staleClauseIds.Count == 0)
        {
            return markdown;
        }

        // Export always opens with "---\nlanguage: xx\n"; the stale list goes right after it.
        var afterLanguage = markdown.IndexOf('\n', 4) + 1;
        var stale = new StringBuilder(StaleKey).Append(':');
        foreach (var id in staleClauseIds.OrderBy(id => numbers.GetValueOrDefault(id)))
        {
            stale.Append(' ').Append(id);
        }

        return markdown.Insert(afterLanguage, stale.Append('\n').ToString());
    }

    /// <summary>"Article 7. Title" → (7, "Title"); null when the prefix is not there.</summary>
    private static (int Number, string Title)? StripNumber(string heading, string label)
    {
        if (!heading.StartsWith(label + " ", StringComparison.Ordinal))
        {
            return null;
        }

        var digitsStart = label.Length + 1;
        var digitsEnd = digitsStart;
        while (digitsEnd < heading.Length && char.IsAsciiDigit(heading[digitsEnd]))
        {
            digitsEnd++;
        }

        if (digitsEnd == digitsStart || digitsEnd - digitsStart > 9 || !heading.AsSpan(digitsEnd).StartsWith(". ", StringComparison.Ordinal))
        {
            return null;
        }

        var title = heading[(digitsEnd + 2)..];
        return title.Length == 0 ? null : (int.Parse(heading.AsSpan(digitsStart, digitsEnd - digitsStart), System.Globalization.CultureInfo.InvariantCulture), title);
    }
}
