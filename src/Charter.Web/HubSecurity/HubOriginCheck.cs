using Microsoft.Extensions.Options;

namespace Charter.Web.HubSecurity;

/// <summary>
/// Refuses hub requests (negotiate, WebSocket handshake, long polling) whose <c>Origin</c> is not
/// an allowed origin, with 403. Browsers always send Origin on WebSocket handshakes and
/// cross-origin requests, so a page on another site cannot ride a member's cookie into the hub
/// (cross-site WebSocket hijacking). Requests without Origin come from non-browser clients, which
/// carry no one's ambient cookie, and are left to authentication.
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
            return string.Equals(originUri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(originUri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
        }

        return allowed.Any(a => Uri.TryCreate(a, UriKind.Absolute, out var allowedUri)
            && string.Equals(allowedUri.Scheme, originUri.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(allowedUri.Authority, originUri.Authority, StringComparison.OrdinalIgnoreCase));
    }
}
