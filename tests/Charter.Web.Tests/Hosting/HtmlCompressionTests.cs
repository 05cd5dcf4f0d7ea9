using System.Net;
using Charter.Web.Hosting;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Hosting;

/// <summary>Pages go compressed, except those that may carry a one-time link (see HtmlCompression).</summary>
public sealed class HtmlCompressionTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task VersionsPage_BrowserAcceptsBrotli_IsSentCompressed()
    {
        await using var app = new CharterAppFactory(_database);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/versions");
        request.Headers.Add("Accept-Encoding", "br, gzip");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/setup/not-a-token")]
    public async Task AccountPage_BrowserAcceptsBrotli_IsSentUncompressed(string path)
    {
        await using var app = new CharterAppFactory(_database);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept-Encoding", "br, gzip");

        using var response = await client.SendAsync(request);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/people", true)]
    [InlineData("/people/x", true)]
    [InlineData("/account/join/abc", true)]
    [InlineData("/peoples", false)]
    [InlineData("/v/2", false)]
    [InlineData("/", false)]
    public void CarriesOneTimeLinks_PeopleAndAccountPagesOnly(string path, bool carries) =>
        Assert.Equal(carries, HtmlCompression.CarriesOneTimeLinks(path));

    public void Dispose() => _database.Dispose();
}
