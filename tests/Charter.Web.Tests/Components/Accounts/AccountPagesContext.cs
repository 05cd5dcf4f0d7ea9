using Bunit;
using Charter.Web.Accounts;
using Charter.Web.Hosting;
using Charter.Web.Mail;
using Charter.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Components.Accounts;

/// <summary>
/// A bUnit context with the app's real accounts services (Identity, invitations) on a migrated
/// SQLite file, so the pages render against what they really talk to.
/// </summary>
public abstract class AccountPagesContext : BunitContext
{
    private readonly TempDatabase _database = new();

    protected AccountPagesContext()
    {
        Services.AddLogging();
        Services.AddSingleton(CharterPaths.Locate());
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Charter"] = _database.ConnectionString })
            .Build());
        Services.AddCharterAccounts();
        Services.AddCharterMail();
        Services.AddSingleton<ISessionTermination, RecordingSessionTermination>();
        using var db = new AccountsDbContext(new DbContextOptionsBuilder<AccountsDbContext>()
            .UseSqlite(_database.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable)).Options);
        db.Database.Migrate();
    }

    protected async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
