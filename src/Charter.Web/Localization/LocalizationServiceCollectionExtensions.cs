using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Localization;

public static class LocalizationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IStringLocalizer{T}"/> over the resx in <c>Resources/</c> (embedded under
    /// their marker class's name, see Charter.Web.csproj), and the order in
    /// which a request's interface language is chosen: the signed-in user's profile, then the
    /// culture cookie set by the switcher, then the browser's Accept-Language, then English.
    /// </summary>
    public static IServiceCollection AddCharterLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddScoped<CountdownText>();
        services.Configure<RequestLocalizationOptions>(ConfigureRequestLocalization);
        return services;
    }

    public static void ConfigureRequestLocalization(RequestLocalizationOptions options)
    {
        options.DefaultRequestCulture = new RequestCulture(UiLanguages.Default);
        options.SupportedCultures = [.. UiLanguages.Cultures];
        options.SupportedUICultures = [.. UiLanguages.Cultures];
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        options.RequestCultureProviders =
        [
            new ProfileLanguageCultureProvider(),
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
    }
}
