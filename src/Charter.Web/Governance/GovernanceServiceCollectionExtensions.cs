using Charter.Web.Hosting;
using Charter.Web.Storage;
using Charter.Web.Versions;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Governance;

public static class GovernanceServiceCollectionExtensions
{
    private static readonly SecureDeleteInterceptor SecureDelete = new();

    /// <summary>Amendments, ballots, votes, comments, notifications, the service that closes ballots at their deadline, and the adopted amendments a version's changelog lists.</summary>
    public static IServiceCollection AddCharterGovernance(this IServiceCollection services)
    {
        services.AddDbContextFactory<GovernanceDbContext>((provider, options) =>
            options.UseCharterSqlite(provider, GovernanceDbContext.MigrationsHistoryTable).AddInterceptors(SecureDelete));
        services.AddOptions<GovernanceOptions>().BindConfiguration("Charter:Governance");
        services.AddSingleton<GovernancePeople>();
        services.AddSingleton<BallotAudience>();
        services.AddSingleton<GovernanceAudit>();
        services.AddSingleton<NotificationTargets>();
        services.AddSingleton<NotificationService>();
        services.AddSingleton<AmendmentService>();
        services.AddSingleton<IAdoptedAmendments, GovernanceAdoptedAmendments>();
        services.AddSingleton<BallotService>();
        services.AddHostedService<BallotDeadlineService>();
        return services;
    }

    /// <summary>Brings the governance tables up to date before the app serves anything.</summary>
    public static async Task MigrateGovernanceDatabaseAsync(this WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<GovernanceDbContext>>();
        await using var db = await factory.CreateDbContextAsync(app.Lifetime.ApplicationStopping);
        await db.Database.MigrateAsync(app.Lifetime.ApplicationStopping);
        await db.ForgetWriteOrderAsync(app.Lifetime.ApplicationStopping);
    }
}
