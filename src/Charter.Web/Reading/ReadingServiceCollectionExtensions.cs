namespace Charter.Web.Reading;

public static class ReadingServiceCollectionExtensions
{
    /// <summary>The live charters' readings, shared by every open read view; needs AddCharterCollaboration.</summary>
    public static IServiceCollection AddCharterReading(this IServiceCollection services) =>
        services.AddSingleton<SharedCharterReadings>();
}
