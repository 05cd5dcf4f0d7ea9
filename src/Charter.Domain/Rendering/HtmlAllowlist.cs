using AngleSharp.Dom;
using Ganss.Xss;

namespace Charter.Domain.Rendering;

/// <summary>
/// The sanitizer that checks Markdig's HTML a second time: only the tags CommonMark produces for
/// text, links and images, only the attributes those need, no style, no classes, no data-*, no
/// event handlers, and URLs through <see cref="UrlPolicy"/>. Links get <c>rel="nofollow noopener"</c>
/// because they lead off-site to places nobody here vouches for.
/// </summary>
internal static class HtmlAllowlist
{
    public const string LinkRel = "nofollow noopener";

    private static readonly string[] Tags =
    [
        "p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
        "a", "img", "h1", "h2", "h3", "h4", "h5", "h6",
    ];

    private static readonly string[] Attributes = ["href", "src", "alt", "title", "start"];

    private static readonly string[] UrlAttributes = ["href", "src"];

    /// <summary>
    /// Configured once and never changed, which is what makes sharing it across threads safe:
    /// HtmlSanitizer's Sanitize is thread-safe while its settings stay untouched.
    /// </summary>
    public static HtmlSanitizer Sanitizer { get; } = Create();

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(UrlAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(UrlPolicy.AllowedSchemes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowDataAttributes = false,
        });
        sanitizer.FilterUrl += (_, e) =>
        {
            if (!UrlPolicy.IsAllowed(e.OriginalUrl))
            {
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } anchor && anchor.HasAttribute("href"))
            {
                anchor.SetAttribute("rel", LinkRel);
            }
        };
        return sanitizer;
    }
}
