using Charter.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Charter.Web.Accounts;

public static class AccountEndpoints
{
    /// <summary>
    /// Log-out is a POST with an antiforgery token (binding a form field turns the check on), so a
    /// link on another site cannot sign anyone out.
    /// </summary>
    public static IEndpointRouteBuilder MapCharterAccounts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", LogOutAsync);
        return endpoints;
    }

    private static async Task<IResult> LogOutAsync(SignInManager<Person> signIn, [FromForm] string? returnUrl)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}
