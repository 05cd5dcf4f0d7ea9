using System.Text;

namespace Charter.Domain.Drafts;

/// <summary>
/// Lays a draft out as canonical Markdown: front matter with only <c>language</c>, the title, the
/// preamble, then each part and clause, with exactly one blank line between blocks and a final
/// newline. It writes what it is given; <see cref="DraftMarkdown.Export"/> checks the result.
/// </summary>
internal static class DraftWriter
{
    public static string Write(CharterDraft draft)
    {
        var markdown = new StringBuilder();
        markdown.Append("---\nlanguage: ").Append(draft.Language).Append("\n---\n");
        AppendBlock(markdown, "# " + HeadingText.Escape(draft.Title));
        AppendBlock(markdown, draft.Preamble);
        foreach (var part in draft.Parts)
        {
            AppendBlock(markdown, $"# {HeadingText.Escape(part.Title)} {{#{part.Id}}}");
            foreach (var clause in part.Clauses)
            {
                AppendBlock(markdown, $"## {HeadingText.Escape(clause.Title)} {{#{clause.Id}}}");
                AppendBlock(markdown, clause.Body);
            }
        }

        return markdown.ToString();
    }

    private static void AppendBlock(StringBuilder markdown, string block)
    {
        if (block.Length > 0)
        {
            markdown.Append('\n').Append(block).Append('\n');
        }
    }
}
