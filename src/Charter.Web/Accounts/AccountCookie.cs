using Microsoft.AspNetCore.Authentication.Cookies;

namespace Charter.Web.Accounts;

/// <summary>
/// The sign-in cookie: HTTP-only, same-site, Secure whenever the request is HTTPS (behind a TLS
/// proxy, once Charter:ForwardedHeaders names it), and no redirects for API and hub calls.
/// A cookie counts as a sign-in only while its person is active and its security stamp is the
/// current one (<see cref="PeopleRoster"/>), checked on every request: a deactivated person or a
/// cookie from before a password reset stops counting at once, so no page keeps showing them as
/// signed in, instead of waiting for Identity's periodic stamp check.
/// </summary>
public static class AccountCookie
{
    public const string Name = "charter.auth";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = Name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = "/account/login";
        options.AccessDeniedPath = "/account/denied";
        options.ExpireTimeSpan = TimeSpan.FromDays(14);
        options.SlidingExpiration = true;
        var stampCheck = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            var roster = context.HttpContext.RequestServices.GetRequiredService<PeopleRoster>();
            if (await roster.FindAsync(context.Principal, context.HttpContext.RequestAborted) is not { IsActive: true })
            {
                // The cookie stays in the browser (it is refused on every request, cheaply, from
                // the roster's cache) so that the circuit the person left open is recognised when
                // it tries to resume; the next sign-in replaces it.
                EndedSignIn.Mark(context.HttpContext);
                context.RejectPrincipal();
                return;
            }

            await stampCheck(context);
        };
        // A SignalR client cannot follow a redirect to a login page; it needs the status code.
        options.Events.OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden);
    }

    private static Task StatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
