namespace Charter.Web.Versions;

public static class VersionsServiceCollectionExtensions
{
    /// <summary>The version store and publishing. Publishing needs an <see cref="IAdoptedAmendments"/>; the governance registration supplies it.</summary>
    public static IServiceCollection AddCharterVersions(this IServiceCollection services)
    {
        services.AddSingleton<VersionStore>();
        services.AddScoped<VersionPublishing>();
        return services;
    }
}
