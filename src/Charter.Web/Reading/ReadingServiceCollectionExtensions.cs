namespace Charter.Web.Reading;

public static class ReadingServiceCollectionExtensions
{
    /// <summary>Registers what the read view needs to load the charter.</summary>
    public static IServiceCollection AddCharterReading(this IServiceCollection services) =>
        services.AddScoped<CharterReader>();
}
