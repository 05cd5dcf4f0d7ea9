namespace Charter.Web.Mail;

/// <summary>
/// <c>Charter:Mail:PublicUrl</c>: the address people open the app at, such as
/// <c>https://charter.example.org/</c>. A notification is mailed after the action that caused it,
/// with no request to take the site's address from, so without this setting (or without SMTP)
/// notifications stay in the app only.
/// </summary>
public sealed class NotificationMailOptions
{
    public const string SectionName = "Charter:Mail";

    public Uri? PublicUrl { get; set; }
}
