using Charter.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Charter.Web.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Used when <c>ConnectionStrings:Charter</c> is not configured.</summary>
    public const string DefaultConnectionString = "Data Source=data/charter.db";

    /// <summary>
    /// Registers a <see cref="CharterDbContext"/> factory on SQLite, the <see cref="DataProtectionKeysDbContext"/>, and the <see cref="CharterStore"/>. The connection string comes from
    /// <c>ConnectionStrings:Charter</c>; a relative data source is taken from the repository root
    /// (see <see cref="CharterPaths"/>) and its folder is created if missing.
    /// </summary>
    public static IServiceCollection AddCharterStorage(this IServiceCollection services)
    {
        // Resolved when the first context is made, so configuration added late (tests, hosts)
        // is seen.
        services.AddDbContextFactory<CharterDbContext>((provider, options) => options.UseCharterSqlite(provider));
        services.AddDbContext<DataProtectionKeysDbContext>((provider, options) =>
            options.UseCharterSqlite(provider, DataProtectionKeysDbContext.MigrationsHistoryTable));
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<CharterMetrics>();
        services.AddSingleton<CharterStore>();
        return services;
    }

    /// <summary>
    /// The charter database for any of the app's contexts (they share one SQLite file, each with
    /// its own migrations history table): the configured connection string, resolved as
    /// <see cref="ResolveConnectionString"/> does, with <see cref="SqlitePragmas"/> on every connection.
    /// </summary>
    public static DbContextOptionsBuilder UseCharterSqlite(
        this DbContextOptionsBuilder options, IServiceProvider provider, string? migrationsHistoryTable = null)
    {
        options.UseSqlite(ConnectionString(provider), sqlite =>
        {
            if (migrationsHistoryTable is not null)
            {
                sqlite.MigrationsHistoryTable(migrationsHistoryTable);
            }
        });
        return options.AddInterceptors(SqlitePragmas.Instance);
    }

    /// <summary>The resolved <c>ConnectionStrings:Charter</c> (or the default) of the app's configuration.</summary>
    /// <param name="createFolder">False for probes and copies, which must report a missing folder rather than make one.</param>
    public static string ConnectionString(IServiceProvider provider, bool createFolder = true) =>
        ResolveConnectionString(
            provider.GetRequiredService<IConfiguration>().GetConnectionString("Charter") ?? DefaultConnectionString,
            provider.GetRequiredService<CharterPaths>(),
            createFolder);

    /// <summary>
    /// Makes a relative SQLite file absolute against the root and creates its folder, readable by
    /// the app's user only (0700): the database holds password hashes and the data-protection keys
    /// that sign sign-in cookies (see README "Operating it").
    /// </summary>
    public static string ResolveConnectionString(string connectionString, CharterPaths paths, bool createFolder = true)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        var isFile = !string.IsNullOrEmpty(dataSource)
            && builder.Mode != SqliteOpenMode.Memory
            && dataSource != ":memory:"
            && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
        if (!isFile)
        {
            return connectionString;
        }

        builder.DataSource = paths.Resolve(dataSource);
        var folder = Path.GetDirectoryName(builder.DataSource)!;
        if (!createFolder)
        {
            return builder.ToString();
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return builder.ToString();
    }
}
