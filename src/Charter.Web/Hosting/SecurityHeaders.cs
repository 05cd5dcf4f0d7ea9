using Microsoft.Extensions.Options;

namespace Charter.Web.Hosting;

/// <summary>
/// Headers on every response that tell the browser what this site never does (README, "Security"):
/// <list type="bullet">
/// <item><c>Content-Security-Policy</c>: scripts only from this site's own files (blazor.web.js,
/// the bundle and esbuild's chunks in dist/; the app has no inline script and no eval), no plugins,
/// no <c>&lt;base&gt;</c> elsewhere, forms post only here, and no other site may frame a page.
/// Styles may be inline because CodeMirror adds style elements (the reconnect notice is our own); a
/// style cannot run script. Images come from here or <c>Charter:Markdown:ImageHosts</c>, the same
/// list Markdown rendering allows. Connections (the hub, Blazor's circuit) go only to this site.</item>
/// <item><c>X-Content-Type-Options: nosniff</c>: a file is only ever what its type says.</item>
/// <item><c>Referrer-Policy: same-origin</c>: following a link in a clause tells the other site
/// nothing about which page, or which draft, it was on.</item>
/// <item><c>X-Frame-Options: DENY</c>: frame-ancestors for browsers that predate it.</item>
/// </list>
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<MarkdownImageSettings> images)
{
    private readonly string _policy = ContentSecurityPolicy(images.Value.ImageHosts);

    public Task InvokeAsync(HttpContext context)
    {
        // Set as the response starts, replacing the frame-ancestors-only policy that Blazor's
        // interactive pages add (this one says frame-ancestors too, more strictly).
        context.Response.OnStarting(static state =>
        {
            var (response, policy) = ((HttpResponse, string))state;
            var headers = response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        }, (context.Response, _policy));
        return next(context);
    }

    public static string ContentSecurityPolicy(IEnumerable<string> imageHosts)
    {
        var imageSources = string.Concat(imageHosts.SelectMany(h => new[] { $" https://{h}", $" http://{h}" }));
        return "default-src 'self'; "
            + "script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; "
            + $"img-src 'self'{imageSources}; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";
    }
}
