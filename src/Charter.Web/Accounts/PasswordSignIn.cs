using Microsoft.AspNetCore.Identity;

namespace Charter.Web.Accounts;

/// <summary>
/// The sign-in form's one call: asks <see cref="SignInThrottle"/> first (a throttled attempt does
/// no password work and reveals nothing about the account), then checks the password through
/// <see cref="CharterSignInManager"/>, which does the same hashing work whether or not the e-mail
/// belongs to anyone. Nobody is ever locked out; see README, "Security".
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<Person> signIn, SignInThrottle throttle, KnownDevices devices, ILookupNormalizer normalizer)
{
    public async Task<PasswordSignInOutcome> SignInAsync(HttpContext context, string email, string password)
    {
        var trimmed = email.Trim();
        var account = normalizer.NormalizeEmail(trimmed) ?? "";
        var attempt = new SignInAttempt(account, SignInAttempt.ClientOf(context.Connection.RemoteIpAddress), devices.DeviceFor(context, account));
        var wait = throttle.TryBegin(attempt);
        if (wait > TimeSpan.Zero)
        {
            return PasswordSignInOutcome.Throttled(wait);
        }

        var result = await signIn.PasswordSignInAsync(trimmed, password, isPersistent: true, lockoutOnFailure: false);
        if (!result.Succeeded)
        {
            return PasswordSignInOutcome.Failed;
        }

        throttle.Succeeded(attempt);
        devices.Remember(context, account);
        return PasswordSignInOutcome.SignedIn;
    }
}
