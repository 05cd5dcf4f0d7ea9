using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Governance;

/// <summary>
/// In-app notifications: written when something happens, read and dismissed by their person, and
/// handed to every <see cref="INotificationOutbox"/> (mail, when configured) once stored.
/// </summary>
public sealed class NotificationService(
    IDbContextFactory<GovernanceDbContext> databases, NotificationTargets targets, TimeProvider clock, IEnumerable<INotificationOutbox> outboxes)
{
    /// <summary>
    /// Notifies each person once. A ballot given as its "/ballots/{id}" link is stored by its title
    /// and clause page (<see cref="NotificationTargets"/>), so the notification names what it is about.
    /// </summary>
    public async Task NotifyAsync(IEnumerable<string> personIds, string kind, string subject, string link, CancellationToken cancellationToken)
    {
        (subject, link) = await targets.ResolveAsync(subject, link, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var records = personIds.Distinct(StringComparer.Ordinal).Select(id => new NotificationRecord
        {
            PersonId = id,
            Kind = kind,
            Subject = subject.Length > 200 ? subject[..200] : subject,
            Link = link,
            CreatedAt = now,
        }).ToList();
        db.Notifications.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var outbox in outboxes)
        {
            outbox.Post(records);
        }
    }

    /// <summary>The person's unread notifications, newest first.</summary>
    public async Task<IReadOnlyList<NotificationRecord>> UnreadAsync(string personId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.AsNoTracking()
            .Where(n => n.PersonId == personId && n.ReadAt == null)
            .OrderByDescending(n => n.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>How many unread notifications the person has, for the header.</summary>
    public async Task<int> UnreadCountAsync(string personId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.PersonId == personId && n.ReadAt == null, cancellationToken);
    }

    /// <summary>The person's own notification (never another's), or null.</summary>
    public async Task<NotificationRecord?> FindAsync(string personId, long notificationId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == notificationId && n.PersonId == personId, cancellationToken);
    }

    public async Task MarkReadAsync(string personId, long notificationId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.Notifications
            .Where(n => n.Id == notificationId && n.PersonId == personId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
