using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Charter.Web.Versions;

public static class VersionsServiceCollectionExtensions
{
    /// <summary>The version store and publishing. Register an <see cref="IAdoptedAmendments"/> before this to feed changelogs.</summary>
    public static IServiceCollection AddCharterVersions(this IServiceCollection services)
    {
        services.AddSingleton<VersionStore>();
        services.TryAddSingleton<IAdoptedAmendments, NoAdoptedAmendments>();
        services.AddScoped<VersionPublishing>();
        return services;
    }
}
