using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Charter.Web.Localization;

/// <summary>
/// <c>POST /culture</c> (form fields <c>lang</c> and <c>returnUrl</c>, with an antiforgery token):
/// remembers the chosen interface language in the culture cookie and, for a signed-in person, in
/// their profile (whose claim comes before the cookie), then goes back to the page the person was
/// on. A Blazor circuit keeps the culture it started with, so the switcher's forms do a full page
/// load through here. Only a POST with this site's token changes anything, so a link or an image
/// on another site cannot change someone's stored language; a plain form still works without script.
/// </summary>
public static class CultureSwitchEndpoint
{
    public const string Path = "/culture";

    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(365);

    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        // Binding a form field turns the antiforgery check on (UseAntiforgery in Program.cs).
        endpoints.MapPost(Path, SwitchCulture);
        return endpoints;
    }

    public static async Task<IResult> SwitchCulture(
        HttpContext context, [FromForm] string? lang, [FromForm] string? returnUrl, [FromServices] IProfileLanguage profile)
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
        return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}
