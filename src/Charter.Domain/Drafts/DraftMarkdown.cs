using Markdig;
using Markdig.Syntax;

namespace Charter.Domain.Drafts;

/// <summary>
/// Converts between a <see cref="CharterDraft"/> and its Markdown file (the drafts format, see
/// <c>drafts/README.md</c>). <c>Import(Export(x)) == x</c> for every imported draft, and
/// <see cref="Export"/> always produces text that imports back to the same structure.
/// </summary>
public static class DraftMarkdown
{
    /// <summary>Reads a draft; <paramref name="fileName"/> only labels errors.</summary>
    /// <exception cref="DraftFormatException">The text does not follow the drafts format.</exception>
    public static CharterDraft Import(string markdown, string fileName) => DraftParser.Parse(markdown, fileName).Draft;

    /// <summary>
    /// Writes a draft as canonical Markdown. Titles may hold any single-line text (Markdown
    /// characters are escaped). Bodies are written as Markdown source: line endings become
    /// <c>\n</c> and blocks are separated by one blank line, so the result is in canonical form
    /// even when the bodies were not.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The draft cannot be written so that it reads back the same: a malformed id or language, an
    /// empty or multi-line title, an empty part, or a body that holds '#'/'##' headings (the
    /// preamble: any heading) or otherwise spills into the next clause.
    /// </exception>
    public static string Export(CharterDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        CheckTitlesAndBodies(draft);
        var written = DraftWriter.Write(Normalise(draft));
        CharterDraft readBack;
        try
        {
            readBack = Import(written, "export");
        }
        catch (DraftFormatException error)
        {
            throw new ArgumentException($"the draft cannot be exported: {error.Problem}", nameof(draft), error);
        }

        var difference = FirstStructuralDifference(draft, readBack);
        if (difference is not null)
        {
            throw new ArgumentException($"the draft cannot be exported: {difference} would not read back as written", nameof(draft));
        }

        return DraftWriter.Write(readBack);
    }

    private static CharterDraft Normalise(CharterDraft draft) => draft with
    {
        Preamble = NormaliseBody(draft.Preamble),
        Parts = [.. draft.Parts.Select(part => part with
        {
            Clauses = [.. part.Clauses.Select(clause => clause with { Body = NormaliseBody(clause.Body) })],
        })],
    };

    /// <summary>
    /// Drops blank lines around a body, never the indentation of its first line (which can make
    /// it a code block).
    /// </summary>
    private static string NormaliseBody(string body)
    {
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var first = Array.FindIndex(lines, line => !string.IsNullOrWhiteSpace(line));
        return first < 0 ? string.Empty : string.Join('\n', lines[first..]).TrimEnd();
    }

    /// <summary>
    /// A title must fit on its heading's line, and a body must not hold the headings that open parts
    /// and clauses, or the draft would split differently on the way back in. Checking each field
    /// alone names the culprit.
    /// </summary>
    private static void CheckTitlesAndBodies(CharterDraft draft)
    {
        var titles = draft.Parts
            .SelectMany(part => part.Clauses.Select(clause => (What: $"clause {clause.Id}", clause.Title)).Prepend(($"part {part.Id}", part.Title)))
            .Prepend(("the charter", draft.Title));
        foreach (var (what, title) in titles)
        {
            if (title.AsSpan().ContainsAny('\n', '\r'))
            {
                throw new ArgumentException($"the draft cannot be exported: the title of {what} spans several lines; titles are a single line", nameof(draft));
            }
        }

        if (HighestTopLevelHeading(draft.Preamble) is { } level)
        {
            throw new ArgumentException($"the draft cannot be exported: its preamble holds a level-{level} heading; the preamble has no headings", nameof(draft));
        }

        foreach (var clause in draft.Clauses)
        {
            if (HighestTopLevelHeading(clause.Body) is { } bodyLevel and <= 2)
            {
                throw new ArgumentException($"the draft cannot be exported: the body of clause {clause.Id} holds a level-{bodyLevel} heading; bodies may use '###' and smaller", nameof(draft));
            }
        }
    }

    private static int? HighestTopLevelHeading(string body) =>
        Markdown.Parse(body, DraftParser.Pipeline).OfType<HeadingBlock>().Select(h => (int?)h.Level).Min();

    private static string? FirstStructuralDifference(CharterDraft expected, CharterDraft actual)
    {
        if (expected.Language != actual.Language)
        {
            return $"the language '{expected.Language}'";
        }

        if (expected.Title != actual.Title)
        {
            return $"the title '{expected.Title}'";
        }

        for (var p = 0; p < expected.Parts.Count; p++)
        {
            var part = expected.Parts[p];
            if (p >= actual.Parts.Count || actual.Parts[p].Id != part.Id || actual.Parts[p].Title != part.Title)
            {
                return $"part {part.Id} ('{part.Title}')";
            }

            for (var c = 0; c < part.Clauses.Count; c++)
            {
                var clause = part.Clauses[c];
                var readBack = c < actual.Parts[p].Clauses.Count ? actual.Parts[p].Clauses[c] : null;
                if (readBack is null || readBack.Id != clause.Id)
                {
                    return $"clause {clause.Id} ('{clause.Title}'), or the body before it,";
                }

                if (readBack.Title != clause.Title)
                {
                    return $"the title of clause {clause.Id} ('{clause.Title}')";
                }
            }

            if (actual.Parts[p].Clauses.Count != part.Clauses.Count)
            {
                return $"the last clause of part {part.Id}";
            }
        }

        return actual.Parts.Count != expected.Parts.Count ? "the last clause" : null;
    }
}
