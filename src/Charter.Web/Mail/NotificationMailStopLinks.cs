using Charter.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace Charter.Web.Mail;

/// <summary>
/// The "stop these mails" link in every notification mail: a token the app protected itself
/// (data protection, one purpose) naming the person, so it works without signing in on a phone,
/// cannot be made for someone else, and does nothing but turn their notification mail off.
/// </summary>
public sealed class NotificationMailStopLinks(IDataProtectionProvider protection)
{
    public const string Path = "/account/notification-mail/stop";

    private readonly IDataProtector _protector = protection.CreateProtector("Charter.Mail.NotificationMail.Stop");

    public Uri For(Uri site, string personId) =>
        new(site, $"{Path.TrimStart('/')}?token={Uri.EscapeDataString(_protector.Protect(personId))}");

    /// <summary>The person the token names, or null for a token this app did not make.</summary>
    public string? PersonOf(string? token) => _protector.UnprotectOrNull(token);
}
