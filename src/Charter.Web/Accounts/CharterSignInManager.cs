using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Charter.Web.Accounts;

/// <summary>Identity's sign-in, except that a deactivated person cannot sign in at all.</summary>
public sealed class CharterSignInManager(
    UserManager<Person> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Person> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<Person>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Person> confirmation)
    : SignInManager<Person>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(Person user) => user.IsActive && await base.CanSignInAsync(user);
}
