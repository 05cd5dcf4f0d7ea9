using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace Charter.Web.Tests.Hosting;

/// <summary>The security headers on pages, static files and refusals of the real app.</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/versions")]
    [InlineData("/css/charter.css")]
    [InlineData("/dist/charter.js")]
    [InlineData("/no-such-page")]
    public async Task Get_AnyResponse_CarriesTheSecurityHeaders(string path)
    {
        await using var app = new CharterAppFactory(_database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(path);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("object-src 'none';", policy);
        Assert.Contains("base-uri 'self';", policy);
        Assert.EndsWith("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Get_ImageHostsConfigured_AllowsThemAsImageSources()
    {
        await using var app = new CharterAppFactory(_database, settings: new Dictionary<string, string>
        {
            ["Charter:Markdown:ImageHosts:0"] = "images.example.org",
        });
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/account/login");

        Assert.Contains("img-src 'self' https://images.example.org http://images.example.org;", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Theory]
    [InlineData("images.example.org; script-src *")]
    [InlineData("https://images.example.org")]
    [InlineData("images.example.org/path")]
    public async Task Start_ImageHostThatIsNotAHost_StopsTheStart(string host)
    {
        await using var app = new CharterAppFactory(_database, settings: new Dictionary<string, string>
        {
            ["Charter:Markdown:ImageHosts:0"] = host,
        });

        var error = Assert.Throws<OptionsValidationException>(app.Start);
        Assert.Contains("Charter:Markdown:ImageHosts", error.Message);
    }

    public void Dispose() => _database.Dispose();
}
