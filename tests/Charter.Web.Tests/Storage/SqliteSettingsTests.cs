using Charter.Web.Accounts;
using Charter.Web.Governance;
using Charter.Web.Storage;
using Charter.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Storage;

/// <summary>What every connection of the app's contexts runs with, read back from SQLite itself.</summary>
public sealed class SqliteSettingsTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task EveryContext_Connection_IsFullySynchronousInWalMode()
    {
        await using var app = new CharterAppFactory(_database);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await using var charters = await services.GetRequiredService<IDbContextFactory<CharterDbContext>>().CreateDbContextAsync();
        await using var governance = await services.GetRequiredService<IDbContextFactory<GovernanceDbContext>>().CreateDbContextAsync();
        DbContext[] contexts = [charters, governance, services.GetRequiredService<AccountsDbContext>(), services.GetRequiredService<DataProtectionKeysDbContext>()];

        foreach (var db in contexts)
        {
            Assert.Equal((SqlitePragmas.Synchronous, "wal"), (await ScalarAsync<long>(db, "PRAGMA synchronous"), await ScalarAsync<string>(db, "PRAGMA journal_mode")));
        }
    }

    [Fact]
    public async Task FirstStart_SignInPage_KeyStoredInTheDatabaseAndNoMigrationOrKeyWarningLogged()
    {
        await using var app = new CharterAppFactory(_database);
        using var client = app.CreateClient();

        (await client.GetAsync("/account/login")).EnsureSuccessStatusCode();

        Assert.DoesNotContain(app.Logs.Messages, m => m.Contains("cannot be executed in a transaction", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Messages, m => m.Contains("No XML encryptor configured", StringComparison.Ordinal));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.NotEmpty(scope.ServiceProvider.GetRequiredService<DataProtectionKeysDbContext>().DataProtectionKeys);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void DataFolder_CreatedByTheApp_IsOwnerOnly()
    {
        var root = Directory.CreateTempSubdirectory("charter-folder-");
        try
        {
            StorageServiceCollectionExtensions.ResolveConnectionString("Data Source=data/charter.db", new Web.Hosting.CharterPaths(root.FullName));

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
                File.GetUnixFileMode(Path.Combine(root.FullName, "data")));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static async Task<T> ScalarAsync<T>(DbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            return (T)(await command.ExecuteScalarAsync())!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public void Dispose() => _database.Dispose();
}
