using Microsoft.AspNetCore.ResponseCompression;

namespace Charter.Web.Hosting;

/// <summary>
/// Compresses pages (HTML): a published version is about 31 KB as sent and under 9 KB in gzip,
/// which a phone on a slow link feels. Scripts and style sheets are not compressed here; they are
/// served as the copies the build compressed (<see cref="StaticFileServing"/>).
/// <para>
/// Compressing a page over HTTPS is safe only while an attacker who can put text of their own into
/// it cannot learn a secret on the same page from the compressed size (BREACH). The antiforgery
/// tokens in Charter's forms are encrypted afresh for every response, so their bytes never repeat
/// for such guessing. The one-time links (setup, invitations, password resets) do repeat: the
/// pages that show or carry them (<c>/people</c> and <c>/account/…</c>) are sent uncompressed.
/// </para>
/// </summary>
public static class HtmlCompression
{
    private static readonly PathString[] PagesWithOneTimeLinks = ["/people", "/account"];

    public static IServiceCollection AddHtmlCompression(this IServiceCollection services) =>
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html"];
        })
        // Pages are compressed per request: the fastest levels, a few milliseconds a page.
        .Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest)
        .Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);

    public static IApplicationBuilder UseHtmlCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => !CarriesOneTimeLinks(context.Request.Path), branch => branch.UseResponseCompression());

    /// <summary>Whether the page may show or carry a one-time link, and so goes uncompressed.</summary>
    public static bool CarriesOneTimeLinks(PathString path) => PagesWithOneTimeLinks.Any(path.StartsWithSegments);
}
