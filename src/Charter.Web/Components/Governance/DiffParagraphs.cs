using Charter.Domain.Diffs;

namespace Charter.Web.Components.Governance;

/// <summary>
/// Cuts an inline word diff into paragraphs (at blank lines) so that the paragraphs nothing touched
/// can be folded away. Joining every paragraph's spans gives back the diff's text exactly: the blank
/// line stays with the paragraph before it.
/// </summary>
public static class DiffParagraphs
{
    private const string Break = "\n\n";

    public static IReadOnlyList<DiffParagraph> Split(IReadOnlyList<DiffSpan> spans)
    {
        var paragraphs = new List<DiffParagraph>();
        var current = new List<DiffSpan>();
        foreach (var span in spans)
        {
            var start = 0;
            while (span.Text.IndexOf(Break, start, StringComparison.Ordinal) is var at and >= 0)
            {
                var end = at + Break.Length;
                while (end < span.Text.Length && span.Text[end] == '\n')
                {
                    end++;
                }

                current.Add(span with { Text = span.Text[start..end] });
                paragraphs.Add(new DiffParagraph(current));
                current = [];
                start = end;
            }

            if (start < span.Text.Length)
            {
                current.Add(start == 0 ? span : span with { Text = span.Text[start..] });
            }
        }

        if (current.Count > 0)
        {
            paragraphs.Add(new DiffParagraph(current));
        }

        return paragraphs;
    }
}

/// <summary>One paragraph of a diff; <see cref="IsUnchanged"/> when every span in it was kept.</summary>
public sealed record DiffParagraph(IReadOnlyList<DiffSpan> Spans)
{
    public bool IsUnchanged => Spans.All(s => s.Kind == DiffSpanKind.Unchanged);
}
