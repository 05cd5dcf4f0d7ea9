using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Charter.Web.Mail;

/// <summary>
/// Hands messages to the configured SMTP server, one connection per message (links are issued a
/// few at a time, so there is nothing to pool). Every failure becomes a
/// <see cref="MailDeliveryException"/> naming the server and the reason.
/// </summary>
public sealed class SmtpMailSender(IOptionsMonitor<SmtpOptions> options, ILogger<SmtpMailSender> logger)
{
    public bool IsConfigured => options.CurrentValue.IsConfigured;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var smtp = options.CurrentValue;
        if (smtp is not { Host: { Length: > 0 } host, From: { } from })
        {
            throw new MailDeliveryException($"No SMTP server is configured ({SmtpOptions.SectionName}:Host).");
        }

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName, from));
        message.To.Add(new MailboxAddress(mail.ToName ?? "", mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = mail.Body };

        var server = $"{host}:{smtp.Port}";
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(host, smtp.Port, Security(smtp.Tls), cancellationToken);
            if (smtp is { User: { Length: > 0 } user, Password: { } password })
            {
                await client.AuthenticateAsync(user, password, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception error) when (error is SocketException or IOException or TimeoutException or OperationCanceledException
            or ProtocolException or CommandException or AuthenticationException or SslHandshakeException or NotSupportedException)
        {
            logger.LogWarning(error, "Mail to {Recipient} through {Server} failed", mail.To, server);
            throw new MailDeliveryException($"The mail server {server} did not take the message: {error.Message}", error);
        }
    }

    private static SecureSocketOptions Security(SmtpTls tls) => tls switch
    {
        SmtpTls.StartTls => SecureSocketOptions.StartTls,
        SmtpTls.Implicit => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };
}
