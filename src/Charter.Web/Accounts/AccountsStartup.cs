using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Accounts;

public static partial class AccountsStartup
{
    /// <summary>
    /// Brings the accounts schema up to date and, while no steward exists, prints the one-time
    /// setup link once the server listens (so the link carries the real address).
    /// </summary>
    public static async Task PrepareCharterAccountsAsync(this WebApplication app)
    {
        string? token;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            await db.Database.MigrateAsync(app.Lifetime.ApplicationStopping);
            token = await scope.ServiceProvider.GetRequiredService<FirstStewardSetup>().IssueIfNoStewardAsync(app.Lifetime.ApplicationStopping);
        }

        if (token is null)
        {
            return;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccountsStartup).FullName!);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "";
            LogSetupLink(logger, address.TrimEnd('/') + FirstStewardSetup.LinkPath(token));
        });
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No steward yet. Open this one-time setup link to create the first steward: {SetupLink}")]
    private static partial void LogSetupLink(ILogger logger, string setupLink);
}
