using System.Globalization;
using System.Resources;
using Charter.Web.Accounts;
using Charter.Web.Localization;

namespace Charter.Web.Mail;

/// <summary>
/// Mails the links stewards issue, written in the recipient's language: a person's preferred
/// language when we know them, otherwise the steward's interface language (an invitee has no
/// profile yet). Stewards see the link on screen either way, so a failed mail loses nothing.
/// </summary>
public sealed class LinkMails(SmtpMailSender sender)
{
    private static readonly ResourceManager MailResources = new(typeof(MailText));
    private static readonly ResourceManager AccountResources = new(typeof(AccountsText));

    /// <summary>Whether an SMTP server is configured; without one the people page offers no mail.</summary>
    public bool IsEnabled => sender.IsConfigured;

    public Task SendPasswordResetAsync(Person recipient, string stewardName, Uri link, CultureInfo stewardLanguage, CancellationToken cancellationToken)
    {
        var language = UiLanguages.IsSupported(recipient.PreferredLanguage) ? CultureInfo.GetCultureInfo(recipient.PreferredLanguage) : stewardLanguage;
        return sender.SendAsync(
            new OutgoingMail(
                recipient.Email ?? throw new MailDeliveryException($"{recipient.DisplayName} has no e-mail address."),
                recipient.DisplayName,
                Text(MailResources, "Mail.Reset.Subject", language),
                Format(language, Text(MailResources, "Mail.Reset.Body", language), recipient.DisplayName, stewardName, link)),
            cancellationToken);
    }

    public Task SendInvitationAsync(string email, CharterRole role, DateTimeOffset expiresAt, string stewardName, Uri link, CultureInfo stewardLanguage, CancellationToken cancellationToken) =>
        sender.SendAsync(
            new OutgoingMail(
                email,
                null,
                Text(MailResources, "Mail.Invitation.Subject", stewardLanguage),
                Format(
                    stewardLanguage,
                    Text(MailResources, "Mail.Invitation.Body", stewardLanguage),
                    stewardName,
                    Text(AccountResources, $"Role.{role}", stewardLanguage),
                    link,
                    LocalDates.DateTime(expiresAt, stewardLanguage))),
            cancellationToken);

    private static string Text(ResourceManager resources, string key, CultureInfo language) =>
        resources.GetString(key, language) ?? throw new MissingManifestResourceException($"No text '{key}' for mail.");

    private static string Format(CultureInfo language, string format, params object[] values) => string.Format(language, format, values);
}
