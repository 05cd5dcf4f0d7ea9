namespace Charter.Web.Mail;

/// <summary>A message could not be handed to the SMTP server; <see cref="Exception.Message"/> says why.</summary>
public sealed class MailDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
