using Charter.Web.Accounts;
using Charter.Web.Collaboration.Hub;
using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.HubSecurity;

public static class HubSecurityServiceCollectionExtensions
{
    /// <summary>
    /// Roles on the charter hub (its only authorisation), per-person rate and presence limits,
    /// a cap on connections per person, and ending a person's sessions when their standing
    /// changes (<see cref="ISessionTermination"/>, single-node here).
    /// </summary>
    public static IServiceCollection AddCharterHubSecurity(this IServiceCollection services)
    {
        services.AddSingleton<ICharterHubAuthorization, RoleCharterHubAuthorization>();
        services.AddOptions<HubRateLimitOptions>().BindConfiguration(HubRateLimitOptions.SectionName);
        services.AddOptions<HubOriginOptions>().BindConfiguration(HubOriginOptions.SectionName);
        services.AddSingleton<HubConnectionRegistry>();
        services.AddSingleton<LocalSessionTermination>();
        services.AddSingleton<ISessionTermination>(provider => provider.GetRequiredService<LocalSessionTermination>());
        services.AddSingleton<HubConnectionTracker>();
        services.AddSingleton<HubRateLimitFilter>();
        services.AddSingleton<IPresenceLimit, PresenceRateLimit>();
        // Global filters run before the hub's own, so an over-limit call costs no authorisation work.
        services.AddSignalR(hub =>
        {
            hub.AddFilter<HubRateLimitFilter>();
            hub.AddFilter<HubConnectionTracker>();
        });
        return services;
    }

    /// <summary>Checks the Origin of hub requests; place it before routing.</summary>
    public static IApplicationBuilder UseHubOriginCheck(this IApplicationBuilder app) =>
        app.UseMiddleware<HubOriginCheck>();
}
