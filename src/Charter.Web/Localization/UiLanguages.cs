namespace Charter.Web.Localization;

/// <summary>
/// The languages the UI is written in (DESIGN.md §9). The request's language comes from the
/// usual ASP.NET Core providers (query string, cookie, Accept-Language); English is the default.
/// </summary>
public static class UiLanguages
{
    public static readonly string[] Supported = ["en", "es", "pt", "fr"];

    public static IApplicationBuilder UseCharterUiLanguages(this IApplicationBuilder app) =>
        app.UseRequestLocalization(options => options
            .SetDefaultCulture(Supported[0])
            .AddSupportedCultures(Supported)
            .AddSupportedUICultures(Supported));
}
