namespace Charter.Web.Mail;

/// <summary>How the connection to the SMTP server is secured (<c>Charter:Mail:Smtp:Tls</c>).</summary>
public enum SmtpTls
{
    /// <summary>Plain connection upgraded with STARTTLS, which the server must offer (usually port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    Implicit,

    /// <summary>No encryption: only for a relay on the same machine or a test server.</summary>
    None,
}
