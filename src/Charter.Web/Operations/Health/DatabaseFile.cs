using Charter.Web.Storage;
using Microsoft.Data.Sqlite;

namespace Charter.Web.Operations.Health;

/// <summary>
/// Whether the configured database file is there. Checks that go through EF Core ask first: EF
/// opens SQLite in read-write-create mode, and a probe must never answer a missing file (an
/// unmounted volume) by creating an empty database in its place.
/// </summary>
internal static class DatabaseFile
{
    public static bool Exists(IServiceProvider services)
    {
        var builder = new SqliteConnectionStringBuilder(StorageServiceCollectionExtensions.ConnectionString(services, createFolder: false));
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" || File.Exists(builder.DataSource);
    }
}
