using Charter.Web.Collaboration.Hub;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Charter.Web.HubSecurity;

public static class HubSecurityServiceCollectionExtensions
{
    /// <summary>
    /// Roles on the charter hub (replacing its allow-all authorisation point), per-person rate
    /// limits, and closing a deactivated person's connections. Call after AddCharterCollaboration.
    /// </summary>
    public static IServiceCollection AddCharterHubSecurity(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<CharterHubAuthorization, RoleCharterHubAuthorization>());
        services.AddOptions<HubRateLimitOptions>().BindConfiguration(HubRateLimitOptions.SectionName);
        services.AddOptions<HubOriginOptions>().BindConfiguration(HubOriginOptions.SectionName);
        services.AddSingleton<HubConnectionRegistry>();
        services.AddSingleton<HubConnectionTracker>();
        services.AddSingleton<HubRateLimitFilter>();
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
