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
    /// Registers a <see cref="CharterDbContext"/> factory on SQLite, and the <see cref="CharterStore"/>. The connection string comes from
    /// <c>ConnectionStrings:Charter</c>; a relative data source is taken from the repository root
    /// (see <see cref="CharterPaths"/>) and its folder is created if missing.
    /// </summary>
    public static IServiceCollection AddCharterStorage(this IServiceCollection services)
    {
        // Resolved when the first context is made, so configuration added late (tests, hosts)
        // is seen.
        services.AddDbContextFactory<CharterDbContext>((provider, options) =>
        {
            var configured = provider.GetRequiredService<IConfiguration>().GetConnectionString("Charter");
            var paths = provider.GetRequiredService<CharterPaths>();
            options.UseSqlite(ResolveConnectionString(configured ?? DefaultConnectionString, paths));
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CharterStore>();
        return services;
    }

    /// <summary>Makes a relative SQLite file absolute against the root and creates its folder.</summary>
    public static string ResolveConnectionString(string connectionString, CharterPaths paths)
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
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
