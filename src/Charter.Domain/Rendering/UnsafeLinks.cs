using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Charter.Domain.Rendering;

/// <summary>
/// Applies <see cref="UrlPolicy"/> to a parsed Markdown document before it is rendered. A link or
/// image whose URL is refused is replaced by its text (an image by its alt text), and a refused
/// <c>&lt;scheme:…&gt;</c> autolink by its literal source, so the reader still sees what was written
/// but nothing can be clicked or loaded. An allowed image from a host <see cref="ImageSources"/>
/// does not trust becomes a link to it (its alt text, or the URL, as the link's text; only the alt
/// text inside another link), so nothing loads until a reader chooses to follow it.
/// </summary>
internal static class UnsafeLinks
{
    public static void Neutralise(MarkdownDocument document, ImageSources images)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (!UrlPolicy.IsAllowed(url))
            {
                UnwrapLink(link);
            }
            else if (link.IsImage && !images.Allows(url))
            {
                ImageToLink(link, url!);
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

    private static void ImageToLink(LinkInline image, string url)
    {
        if (image.FindParentOfType<LinkInline>().Any(l => l != image && !l.IsImage))
        {
            UnwrapLink(image);
            return;
        }

        image.IsImage = false;
        if (image.FirstChild is null)
        {
            image.AppendChild(new LiteralInline(url));
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
