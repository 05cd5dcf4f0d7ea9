using Charter.Web.Accounts;
using Charter.Web.Governance;
using Charter.Web.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Charter.Web.Operations.Health;

/// <summary>Ready only if every context sharing the database has all its migrations applied.</summary>
public sealed class MigrationsHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!DatabaseFile.Exists(services))
        {
            return HealthCheckResult.Unhealthy("The database file is missing.");
        }

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        try
        {
            await using var charters = await provider.GetRequiredService<IDbContextFactory<CharterDbContext>>().CreateDbContextAsync(cancellationToken);
            await using var governance = await provider.GetRequiredService<IDbContextFactory<GovernanceDbContext>>().CreateDbContextAsync(cancellationToken);
            DbContext[] contexts = [charters, governance, provider.GetRequiredService<AccountsDbContext>(), provider.GetRequiredService<DataProtectionKeysDbContext>()];
            var pending = new List<string>();
            foreach (var db in contexts)
            {
                pending.AddRange(await db.Database.GetPendingMigrationsAsync(cancellationToken));
            }

            return pending.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"Migrations not applied: {string.Join(", ", pending)}.");
        }
        catch (SqliteException error)
        {
            return HealthCheckResult.Unhealthy("The migrations history cannot be read.", error);
        }
    }
}
