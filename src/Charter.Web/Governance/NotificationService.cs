using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Governance;

/// <summary>In-app notifications: written when something happens, read and dismissed by their person.</summary>
public sealed class NotificationService(IDbContextFactory<GovernanceDbContext> databases, TimeProvider clock)
{
    public async Task NotifyAsync(IEnumerable<string> personIds, string kind, string subject, string link, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        db.Notifications.AddRange(personIds.Distinct(StringComparer.Ordinal).Select(id => new NotificationRecord
        {
            PersonId = id,
            Kind = kind,
            Subject = subject.Length > 200 ? subject[..200] : subject,
            Link = link,
            CreatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
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

    public async Task MarkReadAsync(string personId, long notificationId, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.Notifications
            .Where(n => n.Id == notificationId && n.PersonId == personId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
