using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Charter.Web.Storage;

/// <summary>
/// Settings SQLite keeps per connection, applied to every connection the app's contexts open.
/// <c>synchronous=FULL</c> makes each commit reach the disk before it returns, in WAL mode as well:
/// the hub acknowledges an update only after its commit, so an acknowledged edit survives a power
/// cut (see docs/COLLABORATION.md). SQLite's compiled-in default is FULL too, but a build or a
/// library may change it; pinning it here keeps the promise independent of the SQLite build.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    /// <summary>The value of <c>PRAGMA synchronous</c> on every connection: 2 is FULL.</summary>
    public const int Synchronous = 2;

    public static SqlitePragmas Instance { get; } = new();

    private const string Statement = "PRAGMA synchronous=FULL;";

    private SqlitePragmas()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Statement;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Statement;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
