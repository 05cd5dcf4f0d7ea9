namespace Charter.Web.Mail;

/// <summary>
/// The optional SMTP server (<c>Charter:Mail:Smtp</c>). Without a host nothing is mailed and the
/// people page only shows links to copy; with one, stewards may also have links mailed.
/// </summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Charter:Mail:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpTls Tls { get; set; } = SmtpTls.StartTls;

    /// <summary>The sender address, required when a host is set.</summary>
    public string? From { get; set; }

    public string FromName { get; set; } = "Charter";

    /// <summary>Signs in to the server only when set (with <see cref="Password"/>).</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>How long one connect or command may take before the send counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>What is wrong with a configured server's settings, or null when they are usable (or no host is set).</summary>
    public string? Problem() => !IsConfigured ? null
        : string.IsNullOrWhiteSpace(From) || !MimeKit.MailboxAddress.TryParse(From, out _) ? $"{SectionName}:From must be the sender's e-mail address when {SectionName}:Host is set"
        : Port is < 1 or > 65535 ? $"{SectionName}:Port must be between 1 and 65535, not {Port}"
        : string.IsNullOrEmpty(User) != string.IsNullOrEmpty(Password) ? $"{SectionName}:User and {SectionName}:Password go together: set both or neither"
        : null;
}
