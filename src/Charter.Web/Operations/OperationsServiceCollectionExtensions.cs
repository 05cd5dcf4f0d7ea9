using Charter.Web.Collaboration.Hub;
using Charter.Web.Hosting;
using Charter.Web.Operations.Backup;
using Charter.Web.Operations.Health;
using Charter.Web.Operations.Metrics;
using Charter.Web.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Charter.Web.Operations;

/// <summary>What an admin needs to run the app for years: keys, backups, health and metrics (README "Operating it").</summary>
public static class OperationsServiceCollectionExtensions
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddCharterOperations(this IServiceCollection services)
    {
        // The key ring lives in the database (see DataProtectionKeysDbContext), so a backup holds it
        // and a restored copy accepts the cookies it issued. It is not encrypted with a second key:
        // such a key would have to sit beside the database anyway to survive a restore. It is
        // protected at rest like the password hashes next to it, by the data folder's owner-only
        // permissions; so the data-protection warning that keys are stored unencrypted is left out
        // of the log (that category's errors still show).
        services.AddDataProtection()
            .SetApplicationName("Charter")
            .PersistKeysToDbContext<DataProtectionKeysDbContext>();
        services.AddLogging(logging => logging.AddFilter(
            "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error));

        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Interval is null || o.Interval >= TimeSpan.FromMinutes(1), "Charter:Backup:Interval must be at least one minute.")
            .ValidateOnStart();
        services.AddHostedService<ScheduledBackups>();

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [ReadyTag])
            .AddCheck<SessionsHealthCheck>("sessions", tags: [ReadyTag]);

        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.SectionName);
        services.AddSingleton<StoredCounts>();
        services.AddSingleton<HubMetricsFilter>();
        // Configure, not AddHubOptions: a second AddHubOptions registers the hub's options setup
        // again, which resets the hub's filters to the global ones and drops CharterHubFilter.
        services.Configure<HubOptions<CharterHub>>(hub => hub.AddFilter<HubMetricsFilter>());
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(CharterMetrics.MeterName)
            // Answer each scrape afresh: only this host or a token holder may scrape at all.
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        return services;
    }

    /// <summary>
    /// <see cref="LivePath"/> (the process answers) and <see cref="ReadyPath"/> (database, migrations,
    /// sessions), each answering only Healthy or Unhealthy; and the metrics endpoint, which answers
    /// only those <see cref="MetricsAccess"/> allows. Place before routing.
    /// </summary>
    public static WebApplication UseCharterOperations(this WebApplication app)
    {
        var counts = app.Services.GetRequiredService<StoredCounts>();
        var hub = app.Services.GetRequiredService<HubMetricsFilter>();
        app.Services.GetRequiredService<CharterMetrics>().Observe(
            () => hub.Connections, counts.BytesStored, counts.LogRowsWaiting, counts.BallotsOpen);

        var metricsOptions = app.Services.GetRequiredService<IOptionsMonitor<MetricsOptions>>();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path == MetricsOptions.Path && MetricsAccess.Allows(context, metricsOptions.CurrentValue));
        app.UseHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.UseHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
