using Microsoft.AspNetCore.Authorization;

namespace Charter.Web.Versions;

public static class VersionsServiceCollectionExtensions
{
    /// <summary>The version store, publishing, and sending visitors from the draft to the latest version. Publishing needs an <see cref="IAdoptedAmendments"/>; the governance registration supplies it.</summary>
    public static IServiceCollection AddCharterVersions(this IServiceCollection services)
    {
        services.AddSingleton<VersionStore>();
        services.AddScoped<VersionPublishing>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, DraftVisitorRedirect>();
        return services;
    }
}
