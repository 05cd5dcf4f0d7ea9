using Microsoft.Extensions.Options;

namespace Charter.Web.HubSecurity;

/// <summary>
/// Refuses hub requests (negotiate, WebSocket handshake, long polling) whose <c>Origin</c> is not
/// an allowed origin, with 403. Browsers always send Origin on WebSocket handshakes and
/// cross-origin requests, so a page on another site cannot ride a member's cookie into the hub
/// (cross-site WebSocket hijacking). Requests without Origin come from non-browser clients, which
/// carry no one's ambient cookie, and are left to authentication. Behind a TLS proxy named in
/// <c>Charter:ForwardedHeaders</c>, the request's scheme and host are the forwarded ones (set before
/// this runs), so the site's own https origin is accepted.
/// </summary>
public sealed class HubOriginCheck(RequestDelegate next, IOptionsMonitor<HubOriginOptions> options)
{
    public const string HubPathPrefix = "/hubs";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(HubPathPrefix)
            && context.Request.Headers.Origin is { Count: > 0 } origin
            && !IsAllowed(origin.ToString(), context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync($"Origin '{origin}' may not open the Charter hub.");
            return;
        }

        await next(context);
    }

    private bool IsAllowed(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var originUri))
        {
            return false;
        }

        var allowed = options.CurrentValue.AllowedOrigins;
        if (allowed.Count == 0)
        {
            return Uri.TryCreate($"{request.Scheme}://{request.Host.Value}", UriKind.Absolute, out var ownUri) && SameOrigin(ownUri, originUri);
        }

        return allowed.Any(a => Uri.TryCreate(a, UriKind.Absolute, out var allowedUri) && SameOrigin(allowedUri, originUri));
    }

    /// <summary>Scheme, host and port (an explicit default port such as <c>:443</c> counts as none).</summary>
    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
