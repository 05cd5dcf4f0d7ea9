using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Storage;

public static class DatabaseStartup
{
    /// <summary>
    /// Brings the database schema up to date before the app serves anything. Migrations are
    /// committed with the code, so a fresh or older database reaches the current schema.
    /// </summary>
    public static async Task MigrateCharterDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CharterDbContext>();
        await db.Database.MigrateAsync(app.Lifetime.ApplicationStopping);
    }
}
