using Charter.Web.Storage;
using Microsoft.Data.Sqlite;

namespace Charter.Web.Operations.Metrics;

/// <summary>
/// The metrics read from storage when Prometheus scrapes: the database's size on disk, the
/// update-log rows compaction has not folded yet, and the open ballots. Each read is one small
/// query on its own connection; a failure reads as -1 rather than failing the scrape.
/// </summary>
public sealed class StoredCounts(IServiceProvider services)
{
    public long BytesStored()
    {
        var file = new SqliteConnectionStringBuilder(StorageServiceCollectionExtensions.ConnectionString(services, createFolder: false)).DataSource;
        return new[] { file, file + "-wal" }.Where(File.Exists).Sum(path => new FileInfo(path).Length);
    }

    public long LogRowsWaiting() => Count("SELECT count(*) FROM charter_updates;");

    public long BallotsOpen() => Count("SELECT count(*) FROM ballots WHERE ClosedAt IS NULL;");

    private long Count(string sql)
    {
        var builder = new SqliteConnectionStringBuilder(StorageServiceCollectionExtensions.ConnectionString(services, createFolder: false))
        {
            Mode = SqliteOpenMode.ReadOnly,
        };
        try
        {
            using var connection = new SqliteConnection(builder.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return -1;
        }
    }
}
