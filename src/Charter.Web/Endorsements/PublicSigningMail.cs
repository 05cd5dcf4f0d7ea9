using System.Globalization;
using System.Resources;
using Charter.Web.Localization;
using Charter.Web.Mail;
using Microsoft.Extensions.Options;

namespace Charter.Web.Endorsements;

/// <summary>
/// The confirmation mail of a public signature, in the signer's interface language, with its
/// confirm and withdraw links built on <c>Charter:Mail:PublicUrl</c>. Public signing needs both
/// that address and SMTP; without them it is unavailable (<see cref="IsAvailable"/>).
/// </summary>
public sealed class PublicSigningMail(SmtpMailSender sender, IOptionsMonitor<NotificationMailOptions> options, EndorsementTokens tokens)
{
    public const string ConfirmPath = "endorsements/confirm";
    public const string WithdrawPath = "endorsements/withdraw";

    private static readonly ResourceManager Resources = new(typeof(EndorsementsText));

    public bool IsAvailable => sender.IsConfigured && options.CurrentValue.PublicUrl is not null;

    /// <exception cref="MailDeliveryException">The server did not take the message.</exception>
    public Task SendAsync(string email, string name, string charterName, int versionNumber, long endorsementId, CultureInfo language, CancellationToken cancellationToken)
    {
        var site = options.CurrentValue.PublicUrl ?? throw new MailDeliveryException("Charter:Mail:PublicUrl is not set.");
        var confirm = new Uri(site, $"{ConfirmPath}?token={Uri.EscapeDataString(tokens.Confirm(endorsementId))}");
        var withdraw = new Uri(site, $"{WithdrawPath}?token={Uri.EscapeDataString(tokens.Withdraw(endorsementId))}");
        var subject = string.Format(language, Text("Mail.Subject", language), versionNumber);
        var body = string.Format(language, Text("Mail.Body", language), name, charterName, versionNumber, confirm, withdraw, EndorsementTokens.ConfirmFor.Days);
        return sender.SendAsync(new OutgoingMail(email, name, subject, body), cancellationToken);
    }

    private static string Text(string key, CultureInfo language) =>
        Resources.GetString(key, language) ?? throw new MissingManifestResourceException($"No text '{key}' for mail.");
}
