using Charter.Domain.Rendering;

namespace Charter.Domain.Tests.Rendering;

public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("https://example.org/a?b=1#c")]
    [InlineData("http://example.org")]
    [InlineData("HTTPS://EXAMPLE.ORG")]
    [InlineData("mailto:team@example.org")]
    [InlineData("#c-ab12")]
    [InlineData("/charters/1")]
    [InlineData("other.md")]
    [InlineData("./notes:draft")]
    [InlineData("?page=2")]
    [InlineData("//example.org/path")]
    [InlineData("")]
    public void IsAllowed_HttpMailtoOrRelative_True(string url)
    {
        Assert.True(UrlPolicy.IsAllowed(url));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("java\rscript:alert(1)")]
    [InlineData("java\u0000script:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org")]
    [InlineData("\\javascript:alert(1)")]
    [InlineData("ｊavascript:alert(1)")]
    [InlineData("page:1")]
    public void IsAllowed_OtherSchemeOrObfuscatedScheme_False(string url)
    {
        Assert.False(UrlPolicy.IsAllowed(url));
    }

    [Fact]
    public void IsAllowed_Null_False()
    {
        Assert.False(UrlPolicy.IsAllowed(null));
    }
}
