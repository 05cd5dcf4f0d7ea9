using AngleSharp.Html.Parser;
using Charter.Domain.Rendering;

namespace Charter.Domain.Tests.Rendering;

/// <summary>
/// The sanitizer is the second layer: it must hold on its own, even against HTML that Markdig
/// would never produce with raw HTML disabled.
/// </summary>
public sealed class HtmlAllowlistTests
{
    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>")]
    [InlineData("<a href=\" &#1;javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>")]
    [InlineData("<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">")]
    [InlineData("<img src=\"file:///etc/passwd\">")]
    public void Sanitize_LinkOrImageWithRefusedScheme_DropsTheUrl(string html)
    {
        var body = Parse(HtmlAllowlist.Sanitizer.Sanitize(html));

        Assert.Empty(body.QuerySelectorAll("[href], [src]"));
    }

    [Theory]
    [InlineData("<p onclick=\"alert(1)\" style=\"color:red\" class=\"x\" id=\"y\" data-x=\"1\">t</p>", "<p>t</p>")]
    [InlineData("<script>alert(1)</script><p>t</p>", "<p>t</p>")]
    [InlineData("<svg onload=\"alert(1)\"><circle/></svg><p>t</p>", "<p>t</p>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe><p>t</p>", "<p>t</p>")]
    [InlineData("<form action=\"https://example.org\"><input name=\"q\"></form><p>t</p>", "<p>t</p>")]
    [InlineData("<pre><code class=\"language-js\">x</code></pre>", "<pre><code>x</code></pre>")]
    public void Sanitize_DisallowedTagsAndAttributes_AreRemoved(string html, string expected)
    {
        Assert.Equal(expected, HtmlAllowlist.Sanitizer.Sanitize(html));
    }

    [Fact]
    public void Sanitize_Link_GetsNofollowNoopenerReplacingAnyRel()
    {
        var sanitized = HtmlAllowlist.Sanitizer.Sanitize("<a href=\"https://example.org\" rel=\"opener\" target=\"_blank\">x</a>");

        Assert.Equal("<a href=\"https://example.org\" rel=\"nofollow noopener\">x</a>", sanitized);
    }

    private static AngleSharp.Dom.IElement Parse(string html) => new HtmlParser().ParseDocument($"<body>{html}</body>").Body!;
}
