using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Charter.Web.Import;

public static class ImportServiceCollectionExtensions
{
    /// <summary>Registers the draft import used on first start (settings under <c>Charter</c>).</summary>
    public static IServiceCollection AddCharterImport(this IServiceCollection services)
    {
        services.AddOptions<DraftImportOptions>().BindConfiguration(DraftImportOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DraftImporter>();
        services.AddScoped<FirstStartImport>();
        return services;
    }

    /// <summary>Imports drafts/ when the database holds no charter (see <see cref="FirstStartImport"/>).</summary>
    public static async Task ImportDraftsOnFirstStartAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var firstStart = scope.ServiceProvider.GetRequiredService<FirstStartImport>();
        await firstStart.RunAsync(app.Lifetime.ApplicationStopping);
    }
}
