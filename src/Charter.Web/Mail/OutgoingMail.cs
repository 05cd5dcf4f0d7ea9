namespace Charter.Web.Mail;

/// <summary>One plain-text message to one recipient.</summary>
public sealed record OutgoingMail(string To, string? ToName, string Subject, string Body);
