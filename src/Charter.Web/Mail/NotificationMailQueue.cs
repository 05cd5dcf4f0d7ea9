using System.Threading.Channels;
using Charter.Web.Governance;
using Microsoft.Extensions.Options;

namespace Charter.Web.Mail;

/// <summary>
/// The mail outbox for notifications: stored notifications wait here for
/// <see cref="NotificationMailDelivery"/>, so a vote or a proposal never waits for an SMTP server.
/// The queue lives in memory: a notification not yet mailed when the app stops is not mailed, but
/// it is still in the person's list in the app, which is the record. A full queue drops (and logs)
/// rather than holding back the action.
/// </summary>
public sealed class NotificationMailQueue(SmtpMailSender sender, IOptionsMonitor<NotificationMailOptions> options, ILogger<NotificationMailQueue> logger)
    : INotificationOutbox
{
    public const int Capacity = 10_000;

    private readonly Channel<NotificationRecord> _waiting = Channel.CreateBounded<NotificationRecord>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Whether notifications are mailed at all: SMTP and a public address are both set.</summary>
    public bool IsEnabled => sender.IsConfigured && options.CurrentValue.PublicUrl is not null;

    public ChannelReader<NotificationRecord> Waiting => _waiting.Reader;

    public void Post(IReadOnlyList<NotificationRecord> notifications)
    {
        if (!IsEnabled)
        {
            return;
        }

        foreach (var notification in notifications)
        {
            if (!_waiting.Writer.TryWrite(notification))
            {
                logger.LogWarning("The notification mail queue is full ({Capacity}); notification {Id} stays in the app only.", Capacity, notification.Id);
            }
        }
    }
}
