using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Charter.Web.Hosting;

/// <summary>
/// Compresses scripts and style sheets (the editor chunk shrinks from about 400 KB to 126 KB, which
/// matters on a phone's connection). Only these static types: pages carry antiforgery tokens, and
/// compressing secrets next to attacker-chosen text invites BREACH.
/// </summary>
public static class ScriptCompression
{
    public static IServiceCollection AddScriptCompression(this IServiceCollection services) =>
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/javascript", "application/javascript", "text/css"];
        })
        // Gzip at its optimal level: 126 KB in ~30 ms per request here. Brotli needs ~270 ms
        // for the same size, and its fast level leaves 160 KB.
        .Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
}
