using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Charter.Domain.Rendering;

/// <summary>
/// Applies <see cref="UrlPolicy"/> to a parsed Markdown document before it is rendered. A link or
/// image whose URL is refused is replaced by its text (an image by its alt text), and a refused
/// <c>&lt;scheme:…&gt;</c> autolink by its literal source, so the reader still sees what was written
/// but nothing can be clicked or loaded.
/// </summary>
internal static class UnsafeLinks
{
    public static void Neutralise(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (!UrlPolicy.IsAllowed(url))
            {
                UnwrapLink(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            if (!UrlPolicy.IsAllowed(url))
            {
                autolink.ReplaceBy(new LiteralInline($"<{autolink.Url}>"));
            }
        }
    }

    private static void UnwrapLink(LinkInline link)
    {
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
