namespace Charter.Web.Localization;

/// <summary>
/// Marker for the texts of mailed links: <c>Resources/MailText.resx</c> and its Spanish, Portuguese
/// and French siblings. Read in the recipient's language, not the request's (see Mail/LinkMails).
/// </summary>
public sealed class MailText;
