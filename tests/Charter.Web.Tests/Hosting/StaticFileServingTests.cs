using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Charter.Web.Hosting;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Hosting;

/// <summary>
/// The built scripts and style sheets as the app serves them: under content-hashed names, cached
/// for a year, and as the brotli or gzip copy the build made when the browser accepts one.
/// </summary>
public sealed partial class StaticFileServingTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task CharterScript_BrowserAcceptsAnEncoding_GetsThePrecompressedCopyCachedForAYear(string encoding)
    {
        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.LiveDraft);
        using var client = app.CreateClient();
        var script = ModuleScript().Match(await client.GetStringAsync("/")).Groups["src"].Value;
        Assert.Matches(@"^dist/charter-[A-Z0-9]{8}\.js$", script);
        var plain = await File.ReadAllBytesAsync(Path.Combine(CharterPaths.Locate().WebRoot, script));

        using var request = new HttpRequestMessage(HttpMethod.Get, script);
        request.Headers.Add("Accept-Encoding", $"{encoding}, identity;q=0.5");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(StaticFileServing.HashedCacheControl, response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(plain, Decompress(encoding, await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task CharterScript_NoEncodingAccepted_GetsThePlainFile()
    {
        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.LiveDraft);
        using var client = app.CreateClient();
        var script = ModuleScript().Match(await client.GetStringAsync("/")).Groups["src"].Value;

        using var response = await client.GetAsync(script);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(CharterPaths.Locate().WebRoot, script)), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task StyleSheet_LinkedByTheLayout_HasAHashedNameAndIsCachedForAYear()
    {
        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.LiveDraft);
        using var client = app.CreateClient();
        var sheet = StyleSheet().Match(await client.GetStringAsync("/")).Groups["href"].Value;
        Assert.Matches(@"^dist/css/charter-[A-Z0-9]{8}\.css$", sheet);

        using var request = new HttpRequestMessage(HttpMethod.Get, sheet);
        request.Headers.Add("Accept-Encoding", "br");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Equal(StaticFileServing.HashedCacheControl, response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/favicon.svg")]
    [InlineData("/css/charter.css")]
    public async Task UnhashedFile_IsRevalidatedOnEachUse(string path)
    {
        await using var app = new CharterAppFactory(_database);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(StaticFileServing.UnhashedCacheControl, response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/dist/charter-ABCD1234.js", true)]
    [InlineData("/dist/chunks/chunk-ABCD1234.js.br", true)]
    [InlineData("/dist/css/editing-ABCD1234.css.map", true)]
    [InlineData("/dist/assets.json", false)]
    [InlineData("/css/charter-ABCD1234.css", false)]
    [InlineData("/favicon.svg", false)]
    public void IsHashed_OnlyContentHashedNamesUnderDist(string path, bool hashed) =>
        Assert.Equal(hashed, StaticFileServing.IsHashed(path));

    private static byte[] Decompress(string encoding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    public void Dispose() => _database.Dispose();

    [GeneratedRegex("""<script type="module" src="(?<src>[^"]+)""")]
    private static partial Regex ModuleScript();

    [GeneratedRegex("""<link rel="stylesheet" href="(?<href>[^"]+)""")]
    private static partial Regex StyleSheet();
}
