using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Charter.Web.Accounts;

/// <summary>
/// Identity's sign-in, except that a deactivated person cannot sign in at all, and that every
/// password attempt costs the same hashing work: for an e-mail nobody has, and for a deactivated
/// person, the password is still checked (against a hash of a random secret, or their own), so
/// the time a refusal takes does not tell who has an account.
/// </summary>
public sealed class CharterSignInManager(
    UserManager<Person> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Person> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<Person>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Person> confirmation,
    IPasswordHasher<Person> passwordHasher)
    : SignInManager<Person>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>A hash made once per process, with the same hasher and settings as real ones.</summary>
    private static string? s_unknownAccountHash;

    private static readonly Person UnknownAccount = new() { Id = "unknown-account", DisplayName = "", PresenceColour = "" };

    public override async Task<bool> CanSignInAsync(Person user) => user.IsActive && await base.CanSignInAsync(user);

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            CheckAgainstUnknownAccount(password);
            return SignInResult.Failed;
        }

        if (!await CanSignInAsync(user))
        {
            // Identity would refuse before looking at the password, which answers faster.
            await UserManager.CheckPasswordAsync(user, password);
            return SignInResult.NotAllowed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    private void CheckAgainstUnknownAccount(string password)
    {
        var hash = s_unknownAccountHash ??= passwordHasher.HashPassword(UnknownAccount, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        _ = passwordHasher.VerifyHashedPassword(UnknownAccount, hash, password);
    }
}
