using Charter.Web.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Charter.Web.Operations.Health;

/// <summary>
/// Ready only if the database file can be opened for writing and answers a query. The connection
/// is opened without "create", so a missing file (an unmounted volume, a moved folder) is reported
/// rather than replaced by an empty database.
/// </summary>
public sealed class DatabaseHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var builder = new SqliteConnectionStringBuilder(StorageServiceCollectionExtensions.ConnectionString(services, createFolder: false))
        {
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        };
        try
        {
            await using var connection = new SqliteConnection(builder.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master;";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SqliteException error)
        {
            return HealthCheckResult.Unhealthy("The database cannot be opened.", error);
        }
    }
}
