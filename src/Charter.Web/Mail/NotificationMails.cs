using System.Globalization;
using System.Resources;
using Charter.Web.Accounts;
using Charter.Web.Governance;
using Charter.Web.Localization;

namespace Charter.Web.Mail;

/// <summary>
/// A notification as a mail in the recipient's preferred language: the same sentence the
/// notifications page shows, the page it links to, and the link that stops these mails.
/// </summary>
public sealed class NotificationMails(NotificationMailStopLinks stopLinks)
{
    private static readonly ResourceManager MailResources = new(typeof(MailText));
    private static readonly ResourceManager NotificationResources = new(typeof(AmendmentsText));

    public OutgoingMail Compose(Person recipient, NotificationRecord notification, Uri site)
    {
        var language = CultureInfo.GetCultureInfo(UiLanguages.IsSupported(recipient.PreferredLanguage) ? recipient.PreferredLanguage : PersonLanguages.Default);
        var sentence = NotificationResources.GetString($"Notification.{notification.Kind}", language) is { } format
            ? string.Format(language, format, notification.Subject)
            : notification.Subject;
        var body = string.Format(
            language,
            MailResources.GetString("Mail.Notification.Body", language) ?? throw new MissingManifestResourceException("No text 'Mail.Notification.Body' for mail."),
            recipient.DisplayName,
            sentence,
            new Uri(site, notification.Link.TrimStart('/')),
            stopLinks.For(site, recipient.Id));
        return new OutgoingMail(recipient.Email!, recipient.DisplayName, sentence, body);
    }
}
