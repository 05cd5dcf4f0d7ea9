using System.Security.Cryptography;
using Charter.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace Charter.Web.Accounts;

/// <summary>
/// A browser that has signed in to an account before carries a "known device" cookie for it:
/// a random id and the accounts (normalised e-mails) signed in from it, encrypted and signed with
/// the app's data-protection keys. Its attempts are throttled on their own
/// (<see cref="SignInThrottle"/>), so guesses from elsewhere never slow the owner's own browsers.
/// The cookie proves nothing by itself; the password is still checked.
/// </summary>
public sealed class KnownDevices(IDataProtectionProvider protection)
{
    public const string CookieName = "charter.device";

    /// <summary>A shared office computer is remembered for this many accounts, the latest first.</summary>
    internal const int MaxAccounts = 8;

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    private readonly IDataProtector _protector = protection.CreateProtector("Charter.Accounts.KnownDevices.v1");

    /// <summary>The browser's device id, if its cookie says it has signed in to <paramref name="account"/> before.</summary>
    public string? DeviceFor(HttpContext context, string account)
    {
        var device = Read(context);
        return device is not null && device.Accounts.Contains(account, StringComparer.Ordinal) ? device.Id : null;
    }

    /// <summary>After a successful sign-in: adds <paramref name="account"/> to this browser's cookie.</summary>
    public void Remember(HttpContext context, string account)
    {
        var device = Read(context) ?? new Device(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), []);
        var accounts = device.Accounts.Where(a => a != account).Prepend(account).Take(MaxAccounts);
        var value = _protector.Protect(string.Join('\n', accounts.Prepend(device.Id)));
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            Path = "/account",
            MaxAge = Lifetime,
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
        });
    }

    private Device? Read(HttpContext context)
    {
        // Tampered with, or made with keys this app no longer has: a browser like any other.
        var lines = _protector.UnprotectOrNull(context.Request.Cookies[CookieName])?.Split('\n');
        return lines is null ? null : new Device(lines[0], lines[1..]);
    }

    private sealed record Device(string Id, string[] Accounts);
}
