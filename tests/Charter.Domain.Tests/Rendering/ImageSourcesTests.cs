using Charter.Domain.Rendering;

namespace Charter.Domain.Tests.Rendering;

public sealed class ImageSourcesTests
{
    private static readonly ImageSources Sources = new("charter.example.org", ["images.example.org", "media.example.net:8443"]);

    [Theory]
    [InlineData("/a.png")]
    [InlineData("a.png")]
    [InlineData("?a")]
    [InlineData("https://charter.example.org/a.png")]
    [InlineData("https://IMAGES.example.org/a.png")]
    [InlineData("http://images.example.org:8080/a.png")]
    [InlineData("//images.example.org/a.png")]
    [InlineData("https://media.example.net:8443/a.png")]
    public void Allows_OwnHostOrATrustedOne_IsTrue(string url) => Assert.True(Sources.Allows(url));

    [Theory]
    [InlineData(null)]
    [InlineData("https://tracker.example/p.gif")]
    [InlineData("//tracker.example/p.gif")]
    [InlineData("/\\tracker.example/p.gif")]
    [InlineData("\\\\tracker.example/p.gif")]
    [InlineData("https://images.example.org.tracker.example/p.gif")]
    [InlineData("https://user@tracker.example/p.gif")]
    [InlineData("https://media.example.net/a.png")]
    [InlineData("ftp://images.example.org/a.png")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("javascript:alert(1)")]
    public void Allows_AnywhereElse_IsFalse(string? url) => Assert.False(Sources.Allows(url));
}
