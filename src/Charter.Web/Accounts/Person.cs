using Microsoft.AspNetCore.Identity;

namespace Charter.Web.Accounts;

/// <summary>
/// Someone with an account. Identity keeps the login (e-mail as user name, password hash,
/// security stamp); Charter adds how the person appears and what they may do. A person is never
/// deleted, so the audit log and authorship keep pointing at someone: deactivation stands in.
/// </summary>
public sealed class Person : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>One of <see cref="PersonLanguages.All"/>; the UI speaks it after sign-in.</summary>
    public string PreferredLanguage { get; set; } = PersonLanguages.Default;

    /// <summary><c>#rrggbb</c>, see <see cref="PresenceColours"/>.</summary>
    public required string PresenceColour { get; set; }

    public CharterRole Role { get; set; }

    /// <summary>False once a steward deactivates the person: no sign-in, no hub connection.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset JoinedAt { get; set; }

    /// <summary>
    /// Whether notifications are also mailed (when the app has SMTP and a public address). On
    /// unless the person turns it off on their profile or with the link in every such mail.
    /// </summary>
    public bool ReceivesNotificationMail { get; set; } = true;
}
