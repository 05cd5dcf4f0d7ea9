namespace Charter.Web.Governance;

/// <summary>
/// Somewhere a notification goes besides the person's list in the app, such as mail. Governance
/// only posts; what is delivered, and how, is the outbox's business, so the action that caused the
/// notification never waits for or fails with a delivery.
/// </summary>
public interface INotificationOutbox
{
    /// <summary>Takes stored notifications for delivery; returns at once.</summary>
    void Post(IReadOnlyList<NotificationRecord> notifications);
}
