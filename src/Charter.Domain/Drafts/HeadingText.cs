using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Charter.Domain.Drafts;

/// <summary>
/// Titles are plain text. Reading one flattens the heading's inlines: emphasis and links keep
/// only their text, code spans their code, entities their character, line breaks become a space.
/// Writing one escapes the characters that would otherwise turn back into Markdown, so a title
/// reads back exactly as written.
/// </summary>
internal static class HeadingText
{
    public static string Read(HeadingBlock heading)
    {
        var text = new StringBuilder();
        if (heading.Inline is not null)
        {
            Append(heading.Inline, text);
        }

        return text.ToString().Trim();
    }

    public static string Escape(string title)
    {
        var escaped = new StringBuilder(title.Length + 8);
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            var startsEntity = c == '&' && i + 1 < title.Length && (char.IsAsciiLetterOrDigit(title[i + 1]) || title[i + 1] == '#');
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '{' or '}' or '#' or '~' or '|' || startsEntity)
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case HtmlInline html:
                text.Append(html.Tag);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
