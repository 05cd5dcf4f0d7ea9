using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Storage;

public static class DatabaseStartup
{
    /// <summary>
    /// Brings the database schema up to date before the app serves anything. Migrations are
    /// committed with the code, so a fresh or older database reaches the current schema. SQLite
    /// is switched to write-ahead logging so that readers never wait for the log's appends. The
    /// data-protection key table is migrated here too, before anything signs a cookie or a token.
    /// </summary>
    public static async Task MigrateCharterDatabaseAsync(this WebApplication app)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CharterDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(app.Lifetime.ApplicationStopping);
        await db.Database.MigrateAsync(app.Lifetime.ApplicationStopping);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", app.Lifetime.ApplicationStopping);
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DataProtectionKeysDbContext>().Database.MigrateAsync(app.Lifetime.ApplicationStopping);
    }
}
