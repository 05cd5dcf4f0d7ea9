using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Charter.Web.Localization;

/// <summary>
/// <c>GET /culture?lang=es&amp;returnUrl=/</c>: remembers the chosen interface language in the
/// culture cookie and, for a signed-in person, in their profile (whose claim comes before the
/// cookie), then goes back to the page the person was on. A Blazor circuit keeps the culture it
/// started with, so the switcher's links do a full page load through here. It is a GET so the
/// switcher works without script; all it can change is one of the four interface languages.
/// </summary>
public static class CultureSwitchEndpoint
{
    public const string Path = "/culture";

    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(365);

    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, SwitchCulture);
        return endpoints;
    }

    /// <summary>The switcher's link to choose <paramref name="language"/> and come back to <paramref name="returnUrl"/>.</summary>
    public static string LinkFor(string language, string returnUrl) =>
        $"{Path}?lang={Uri.EscapeDataString(language)}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static async Task<IResult> SwitchCulture(
        HttpContext context, string? lang, string? returnUrl, [FromServices] IProfileLanguage profile)
    {
        if (!UiLanguages.IsSupported(lang))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Unknown interface language",
                detail: $"'{lang}' is not an interface language; use one of {string.Join(", ", UiLanguages.All)}.");
        }

        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(lang!)),
            new CookieOptions
            {
                Path = "/",
                MaxAge = CookieLifetime,
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });
        await profile.SaveAsync(context.User, lang!);
        return Results.LocalRedirect(LocalUrl.IsLocal(returnUrl) ? returnUrl! : "/");
    }
}
