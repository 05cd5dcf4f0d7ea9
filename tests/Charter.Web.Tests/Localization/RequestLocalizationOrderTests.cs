using System.Security.Claims;
using Charter.Web.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Charter.Web.Tests.Localization;

/// <summary>
/// The interface language of a request: the profile's <c>lang</c> claim beats the culture cookie,
/// which beats Accept-Language, which beats the English default. Runs the real middleware with the
/// app's options.
/// </summary>
public sealed class RequestLocalizationOrderTests
{
    [Fact]
    public async Task Invoke_ClaimCookieAndHeader_ClaimWins()
    {
        var context = Request(claim: "pt", cookie: "fr", acceptLanguage: "es-MX,es;q=0.9");

        Assert.Equal("pt", await UiLanguageOfAsync(context));
    }

    [Fact]
    public async Task Invoke_CookieAndHeaderWithoutClaim_CookieWins()
    {
        var context = Request(claim: null, cookie: "fr", acceptLanguage: "es-MX,es;q=0.9");

        Assert.Equal("fr", await UiLanguageOfAsync(context));
    }

    [Fact]
    public async Task Invoke_OnlyAcceptLanguageWithRegion_UsesItsLanguage()
    {
        var context = Request(claim: null, cookie: null, acceptLanguage: "pt-BR,pt;q=0.9,en;q=0.5");

        Assert.Equal("pt", await UiLanguageOfAsync(context));
    }

    [Fact]
    public async Task Invoke_UnsupportedClaim_FallsThroughToTheCookie()
    {
        var context = Request(claim: "de", cookie: "es", acceptLanguage: "fr");

        Assert.Equal("es", await UiLanguageOfAsync(context));
    }

    [Fact]
    public async Task Invoke_NothingSupported_UsesEnglish()
    {
        var context = Request(claim: null, cookie: null, acceptLanguage: "de-DE,ja;q=0.8");

        Assert.Equal("en", await UiLanguageOfAsync(context));
    }

    [Fact]
    public async Task Invoke_QueryStringCulture_IsNotAnInterfaceLanguageSource()
    {
        // ?lang= chooses the charter text's language; it must not switch the interface.
        var context = Request(claim: null, cookie: null, acceptLanguage: "es");
        context.Request.QueryString = new QueryString("?culture=fr&ui-culture=fr&lang=fr");

        Assert.Equal("es", await UiLanguageOfAsync(context));
    }

    private static DefaultHttpContext Request(string? claim, string? cookie, string? acceptLanguage)
    {
        var context = new DefaultHttpContext();
        if (claim is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ProfileLanguageCultureProvider.ClaimType, claim)], "test"));
        }

        if (cookie is not null)
        {
            var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(cookie));
            context.Request.Headers.Cookie = $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(value)}";
        }

        if (acceptLanguage is not null)
        {
            context.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        return context;
    }

    private static async Task<string> UiLanguageOfAsync(HttpContext context)
    {
        var options = new RequestLocalizationOptions();
        LocalizationServiceCollectionExtensions.ConfigureRequestLocalization(options);
        string? seen = null;
        var middleware = new RequestLocalizationMiddleware(
            _ =>
            {
                seen = System.Globalization.CultureInfo.CurrentUICulture.Name;
                return Task.CompletedTask;
            },
            Options.Create(options),
            NullLoggerFactory.Instance);

        await middleware.Invoke(context);

        Assert.Equal(seen, context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name);
        return seen!;
    }
}
