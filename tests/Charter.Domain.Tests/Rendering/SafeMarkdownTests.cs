using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Charter.Domain.Rendering;

namespace Charter.Domain.Tests.Rendering;

public sealed class SafeMarkdownTests
{
    private static readonly string[] ScriptCapableElements = ["script", "svg", "math", "iframe", "object", "embed", "style", "link", "meta", "base", "form"];

    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <summary>
    /// Attacks a hostile author could type into a clause. Each must come out inert: no
    /// script-capable element, no event handler, no style, and every href/src resolving (as a
    /// browser would, against a page URL) to http, https or mailto.
    /// </summary>
    public static TheoryData<string> XssCorpus =>
    [
        "<script>alert(1)</script>",
        "Text <script>alert(1)</script> inline",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](java\tscript:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](java&#9;script:alert(1))",
        "[x](java&#10;script:alert(1))",
        "[x](&#1;javascript:alert(1))",
        "[x](<\u0001javascript:alert(1)>)",
        "[x](\\javascript:alert(1))",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](vbscript:msgbox(1))",
        "[x](file:///etc/passwd)",
        "![x](javascript:alert(1))",
        "![x](JaVaScRiPt:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](vbscript:msgbox(1))",
        "[![x](javascript:alert(1))](javascript:alert(2))",
        "[x][evil]\n\n[evil]: javascript:alert(1)",
        "![x][evil]\n\n[evil]: data:text/html,<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<style>body { background: url(javascript:alert(1)) }</style>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "[x](https://example.org \"t\\\" onmouseover=\\\"alert(1)\")",
        "[x](https://example.org){onclick=alert(1)}",
        "![<img src=x onerror=alert(1)>](https://example.org/a.png)",
        "`<script>alert(1)</script>`",
        "```html\n<script>alert(1)</script>\n```",
        "> <img src=x onerror=alert(1)>\n\n- <svg onload=alert(1)>",
        "javascript:alert(1)",
        "www.example.org/\"onmouseover=\"alert(1)",
        "<!-- --><script>alert(1)</script>",
    ];

    [Theory]
    [MemberData(nameof(XssCorpus))]
    public void ToHtml_XssAttempt_RendersInertHtml(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        var body = Parse(html);
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, ScriptCapableElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} in {html}");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src")
                {
                    var scheme = new Url(new Url("https://charter.example/c/1"), attribute.Value).Scheme;
                    Assert.True(SafeSchemes.Contains(scheme), $"{attribute.Name}=\"{attribute.Value}\" has scheme '{scheme}' in {html}");
                }
            }
        }
    }

    [Theory]
    [InlineData("[click me](javascript:alert(1))", "click me")]
    [InlineData("![a diagram](data:image/png;base64,AAAA)", "a diagram")]
    [InlineData("<javascript:alert(1)>", "<javascript:alert(1)>")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    public void ToHtml_RefusedLinkOrRawHtml_KeepsItsTextVisible(string markdown, string visibleText)
    {
        var body = Parse(SafeMarkdown.ToHtml(markdown));

        Assert.Empty(body.QuerySelectorAll("a, img"));
        Assert.Equal(visibleText, body.TextContent.Trim());
    }

    [Fact]
    public void ToHtml_EmphasisAndParagraphs_RenderAsExpected()
    {
        var html = SafeMarkdown.ToHtml("Hello *world*, **all** of `you`.\n\nSecond paragraph.");

        Assert.Equal("<p>Hello <em>world</em>, <strong>all</strong> of <code>you</code>.</p>\n<p>Second paragraph.</p>\n", html);
    }

    [Theory]
    [InlineData("[the proposal](https://example.org/a?b=1&c=2)", "https://example.org/a?b=1&c=2", "the proposal")]
    [InlineData("[old site](http://example.org)", "http://example.org", "old site")]
    [InlineData("[write](mailto:team@example.org)", "mailto:team@example.org", "write")]
    [InlineData("[article 2](#c-ab12)", "#c-ab12", "article 2")]
    [InlineData("[charter](/charters/1)", "/charters/1", "charter")]
    [InlineData("[notes](notes.md)", "notes.md", "notes")]
    [InlineData("<https://example.org/x>", "https://example.org/x", "https://example.org/x")]
    [InlineData("<team@example.org>", "mailto:team@example.org", "team@example.org")]
    [InlineData("see https://example.org/x today", "https://example.org/x", "https://example.org/x")]
    [InlineData("[ref link][r]\n\n[r]: https://example.org/r", "https://example.org/r", "ref link")]
    public void ToHtml_AllowedLink_KeepsHrefAndAddsNofollowNoopener(string markdown, string href, string text)
    {
        var anchor = Assert.Single(Parse(SafeMarkdown.ToHtml(markdown)).QuerySelectorAll("a"));

        Assert.Equal(href, anchor.GetAttribute("href"));
        Assert.Equal("nofollow noopener", anchor.GetAttribute("rel"));
        Assert.Equal(text, anchor.TextContent);
    }

    [Fact]
    public void ToHtml_LinkTitle_IsKept()
    {
        var anchor = Assert.Single(Parse(SafeMarkdown.ToHtml("[x](https://example.org \"The title\")")).QuerySelectorAll("a"));

        Assert.Equal("The title", anchor.GetAttribute("title"));
    }

    [Fact]
    public void ToHtml_HttpsImageFromATrustedHost_RendersImgWithAlt()
    {
        var images = new ImageSources("charter.example.org", ["example.org"]);

        var image = Assert.Single(Parse(SafeMarkdown.ToHtml("![a map](https://example.org/map.png)", images)).QuerySelectorAll("img"));

        Assert.Equal("https://example.org/map.png", image.GetAttribute("src"));
        Assert.Equal("a map", image.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("![a map](/images/map.png)", "/images/map.png")]
    [InlineData("![a map](map.png)", "map.png")]
    [InlineData("![a map](https://charter.example.org/map.png)", "https://charter.example.org/map.png")]
    [InlineData("![a map](HTTPS://Charter.Example.ORG:443/map.png)", "HTTPS://Charter.Example.ORG:443/map.png")]
    public void ToHtml_ImageFromTheChartersOwnHost_Loads(string markdown, string src)
    {
        var image = Assert.Single(Parse(SafeMarkdown.ToHtml(markdown, new ImageSources("charter.example.org", []))).QuerySelectorAll("img"));

        Assert.Equal(src, image.GetAttribute("src"), ignoreCase: true);
    }

    [Theory]
    [InlineData("![pixel](https://tracker.example/p.gif?who=me)", "pixel", "https://tracker.example/p.gif?who=me")]
    [InlineData("![](https://tracker.example/p.gif)", "https://tracker.example/p.gif", "https://tracker.example/p.gif")]
    [InlineData("![pixel](//tracker.example/p.gif)", "pixel", "//tracker.example/p.gif")]
    [InlineData("![pixel](http://tracker.example/p.gif)", "pixel", "http://tracker.example/p.gif")]
    [InlineData("![pixel](https://charter.example.org.tracker.example/p.gif)", "pixel", "https://charter.example.org.tracker.example/p.gif")]
    [InlineData("![pixel][p]\n\n[p]: https://tracker.example/p.gif", "pixel", "https://tracker.example/p.gif")]
    public void ToHtml_RemoteImage_BecomesALinkAndLoadsNothing(string markdown, string text, string href)
    {
        var body = Parse(SafeMarkdown.ToHtml(markdown, new ImageSources("charter.example.org", ["images.example.org"])));

        Assert.Empty(body.QuerySelectorAll("img"));
        var anchor = Assert.Single(body.QuerySelectorAll("a"));
        Assert.Equal(text, anchor.TextContent);
        Assert.Equal(href, anchor.GetAttribute("href"));
    }

    [Theory]
    [InlineData("![pixel](/\\tracker.example/p.gif)")]
    [InlineData("![pixel](https://tracker.example/p.gif)")]
    public void ToHtml_RemoteImageWithNoHostSaid_LoadsNothing(string markdown)
    {
        Assert.Empty(Parse(SafeMarkdown.ToHtml(markdown)).QuerySelectorAll("img"));
    }

    [Fact]
    public void ToHtml_RemoteImageInsideALink_LeavesItsAltTextInTheLink()
    {
        var body = Parse(SafeMarkdown.ToHtml("[![pixel](https://tracker.example/p.gif)](https://example.org/)"));

        Assert.Empty(body.QuerySelectorAll("img"));
        var anchor = Assert.Single(body.QuerySelectorAll("a"));
        Assert.Equal("pixel", anchor.TextContent);
        Assert.Equal("https://example.org/", anchor.GetAttribute("href"));
    }

    [Fact]
    public void ToHtml_ListsQuotesAndSubHeadings_Render()
    {
        var body = Parse(SafeMarkdown.ToHtml("### Details\n\n- one\n- two\n\n3. three\n\n> quoted"));

        Assert.Equal("Details", body.QuerySelector("h3")?.TextContent);
        Assert.Equal(["one", "two"], body.QuerySelectorAll("ul > li").Select(li => li.TextContent));
        Assert.Equal("3", body.QuerySelector("ol")?.GetAttribute("start"));
        Assert.Equal("quoted", body.QuerySelector("blockquote")?.TextContent.Trim());
    }

    [Fact]
    public void ToHtml_RawHtml_ShowsAsText()
    {
        var body = Parse(SafeMarkdown.ToHtml("A <b>bold</b> claim"));

        Assert.Empty(body.QuerySelectorAll("b"));
        Assert.Equal("A <b>bold</b> claim", body.TextContent.Trim());
    }

    [Fact]
    public void ToHtml_Empty_IsEmpty()
    {
        Assert.Equal("", SafeMarkdown.ToHtml(""));
    }

    private static IElement Parse(string html) => new HtmlParser().ParseDocument($"<!DOCTYPE html><body>{html}</body>").Body!;
}
