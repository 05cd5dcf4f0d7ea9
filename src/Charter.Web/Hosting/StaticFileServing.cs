using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Charter.Web.Hosting;

/// <summary>
/// Serves <c>wwwroot/</c>. A file whose name carries a content hash (what the browser build writes
/// into <c>dist/</c>, see <see cref="HashedAssets"/>) never changes at its address, so browsers
/// keep it for a year without asking again; any other file is revalidated on each use. A script
/// or style sheet goes as the brotli or gzip copy the build made beside it when the browser
/// accepts that encoding, so the server compresses no static file per request.
/// </summary>
public static partial class StaticFileServing
{
    public const string HashedCacheControl = "public, max-age=31536000, immutable";
    public const string UnhashedCacheControl = "no-cache";

    private static readonly (string Encoding, string Suffix)[] Precompressed = [("br", ".br"), ("gzip", ".gz")];

    public static IServiceCollection AddCharterStaticFiles(this IServiceCollection services) =>
        services.AddSingleton(provider => HashedAssets.Load(provider.GetRequiredService<IWebHostEnvironment>().WebRootPath));

    public static IApplicationBuilder UseCharterStaticFiles(this IApplicationBuilder app)
    {
        var environment = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>();
        app.Use((context, next) =>
        {
            ServePrecompressedCopy(context, environment);
            return next(context);
        });
        return app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = new PrecompressedContentTypes(),
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                IsHashed(file.Context.Request.Path) ? HashedCacheControl : UnhashedCacheControl,
        });
    }

    /// <summary>Whether the name holds esbuild's content hash (<c>name-HASH8.ext</c>) under <c>/dist</c>.</summary>
    public static bool IsHashed(PathString path) => path.StartsWithSegments("/dist") && HashedName().IsMatch(path.Value!);

    /// <summary>Points the request at <c>x.js.br</c> or <c>x.js.gz</c> when it exists and the browser accepts it.</summary>
    private static void ServePrecompressedCopy(HttpContext context, IWebHostEnvironment environment)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments("/dist")
            || !(request.Path.Value!.EndsWith(".js", StringComparison.Ordinal) || request.Path.Value.EndsWith(".css", StringComparison.Ordinal)))
        {
            return;
        }

        // Whatever is chosen, the answer depends on Accept-Encoding: caches must key on it.
        context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        foreach (var (encoding, suffix) in Precompressed)
        {
            var acceptable = accepted.Any(a => a.Quality is not 0 && string.Equals(a.Value.Value, encoding, StringComparison.OrdinalIgnoreCase));
            if (acceptable && environment.WebRootFileProvider.GetFileInfo(request.Path.Value + suffix).Exists)
            {
                request.Path = new PathString(request.Path.Value + suffix);
                context.Response.Headers.ContentEncoding = encoding;
                return;
            }
        }
    }

    [GeneratedRegex(@"-[A-Z0-9]{8}\.(js|css)(\.map|\.br|\.gz)?$")]
    private static partial Regex HashedName();

    /// <summary>A precompressed copy has the type of the file it compresses.</summary>
    private sealed class PrecompressedContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider _types = new();

        public bool TryGetContentType(string subpath, out string contentType)
        {
            foreach (var (_, suffix) in Precompressed)
            {
                if (subpath.EndsWith(suffix, StringComparison.Ordinal) && _types.TryGetContentType(subpath[..^suffix.Length], out contentType!))
                {
                    return true;
                }
            }

            return _types.TryGetContentType(subpath, out contentType!);
        }
    }
}
