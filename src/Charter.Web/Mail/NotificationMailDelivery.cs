using Charter.Web.Accounts;
using Charter.Web.Governance;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Charter.Web.Mail;

/// <summary>
/// Mails what <see cref="NotificationMailQueue"/> holds, one at a time, to people who are active,
/// have an address and have not turned notification mail off. The person is read when the mail is
/// sent, not when it was queued, so turning mail off or being deactivated applies to what is still
/// waiting. A failed delivery is logged and skipped: the notification is in the app either way.
/// </summary>
public sealed class NotificationMailDelivery(
    NotificationMailQueue queue,
    SmtpMailSender sender,
    NotificationMails mails,
    IServiceScopeFactory scopes,
    IOptionsMonitor<NotificationMailOptions> options,
    ILogger<NotificationMailDelivery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var notification in queue.Waiting.ReadAllAsync(stoppingToken))
        {
            try
            {
                await DeliverAsync(notification, stoppingToken);
            }
            catch (MailDeliveryException error)
            {
                logger.LogWarning("Notification {Id} was not mailed: {Reason}", notification.Id, error.Message);
            }
        }
    }

    private async Task DeliverAsync(NotificationRecord notification, CancellationToken cancellationToken)
    {
        if (options.CurrentValue.PublicUrl is not { } site)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var person = await scope.ServiceProvider.GetRequiredService<UserManager<Person>>().FindByIdAsync(notification.PersonId);
        if (person is not { IsActive: true, ReceivesNotificationMail: true, Email: { Length: > 0 } })
        {
            return;
        }

        await sender.SendAsync(mails.Compose(person, notification, site), cancellationToken);
    }
}
