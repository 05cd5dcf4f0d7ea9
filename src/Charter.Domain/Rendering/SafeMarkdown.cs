using Markdig;

namespace Charter.Domain.Rendering;

/// <summary>
/// Renders Markdown that anyone may have written (clause bodies, amendments, rationales) to HTML a
/// page can show as is. Three layers, each enough on its own for the cases it knows:
/// raw HTML is off, so tags in the text come out as text; links, images and autolinks must pass
/// <see cref="UrlPolicy"/> (and images <see cref="ImageSources"/>, so no remote tracking pixel
/// loads); and the result goes through an allowlist sanitizer
/// (<see cref="HtmlAllowlist"/>) in case Markdig ever emits something the first two did not foresee.
/// </summary>
public static class SafeMarkdown
{
    /// <summary>
    /// CommonMark plus bare-URL autolinks (organisers paste addresses). Deliberately without generic
    /// attributes, which would let text set arbitrary attributes such as onclick.
    /// </summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <summary>Images load only from relative URLs (see <see cref="ImageSources.OwnHostOnly"/>).</summary>
    public static string ToHtml(string markdown) => ToHtml(markdown, ImageSources.OwnHostOnly);

    /// <summary>Images load only from where <paramref name="images"/> allows; others become links.</summary>
    public static string ToHtml(string markdown, ImageSources images)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(images);
        var document = Markdown.Parse(markdown, Pipeline);
        UnsafeLinks.Neutralise(document, images);
        return HtmlAllowlist.Sanitizer.Sanitize(document.ToHtml(Pipeline));
    }
}
