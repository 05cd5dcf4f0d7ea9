using Charter.Web.Collaboration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Charter.Web.Operations.Health;

/// <summary>
/// Ready only if the sessions can find the charters they load: the same query a session's first
/// load starts with, and at least one charter stored (the first start imports drafts/).
/// </summary>
public sealed class SessionsHealthCheck(CharterSessionRegistry sessions, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!DatabaseFile.Exists(services))
        {
            return HealthCheckResult.Unhealthy("The database file is missing.");
        }

        try
        {
            var names = await sessions.ListNamesAsync(cancellationToken);
            return names.Count > 0
                ? HealthCheckResult.Healthy($"{names.Count} charters.")
                : HealthCheckResult.Unhealthy("No charter is stored.");
        }
        catch (SqliteException error)
        {
            return HealthCheckResult.Unhealthy("The charters cannot be listed.", error);
        }
    }
}
