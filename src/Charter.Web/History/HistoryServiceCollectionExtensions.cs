using Charter.Web.Collaboration;

namespace Charter.Web.History;

public static class HistoryServiceCollectionExtensions
{
    /// <summary>Earlier states of each charter, kept at publications, before destructive edits and restores, and at intervals; and restoring them (settings under <c>Charter:History</c>).</summary>
    public static IServiceCollection AddCharterHistory(this IServiceCollection services)
    {
        services.AddOptions<HistoryOptions>().BindConfiguration(HistoryOptions.SectionName);
        services.AddSingleton<CharterHistory>();
        services.AddSingleton<HistoryAccess>();
        services.AddSingleton<HistoryRestore>();
        services.AddSingleton<IDestructiveEditRecorder, DestructiveEditRecorder>();
        services.AddSingleton<IntervalSnapshots>();
        services.AddHostedService(provider => provider.GetRequiredService<IntervalSnapshots>());
        return services;
    }
}
