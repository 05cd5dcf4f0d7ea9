namespace Charter.Web.Governance;

/// <summary>An in-app notification for one person; <see cref="Kind"/> is a <see cref="NotificationKinds"/> name.</summary>
public sealed class NotificationRecord
{
    public long Id { get; set; }

    public required string PersonId { get; set; }

    public required string Kind { get; set; }

    /// <summary>What it is about: an amendment title or a clause id.</summary>
    public required string Subject { get; set; }

    /// <summary>The page to open, relative to the site.</summary>
    public required string Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
