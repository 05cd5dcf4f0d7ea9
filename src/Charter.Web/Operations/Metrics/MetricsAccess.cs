using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Charter.Web.Operations.Metrics;

/// <summary>Who may read <see cref="MetricsOptions.Path"/>: see <see cref="MetricsOptions"/>.</summary>
public static class MetricsAccess
{
    public static bool Allows(HttpContext context, MetricsOptions options)
    {
        if (!options.Enabled)
        {
            return false;
        }

        // Behind a reverse proxy every request comes from loopback: the proxy must not forward
        // this path (deploy/nginx-charter.conf refuses it).
        if (context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote))
        {
            return true;
        }

        return options.Token is { Length: > 0 } token
            && context.Request.Headers.Authorization.ToString() is { } header
            && header.StartsWith("Bearer ", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header["Bearer ".Length..]), Encoding.UTF8.GetBytes(token));
    }
}
