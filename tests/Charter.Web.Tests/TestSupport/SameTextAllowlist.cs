namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// Resource texts that are rightly the same as the English in a language: names (languages are
/// named in themselves), technical terms kept as is, and words a language happens to share with
/// English. Everything else must be translated.
/// </summary>
internal static class SameTextAllowlist
{
    private const string AnyLanguage = "*";

    private static readonly HashSet<(string Area, string Key, string Language)> Entries =
    [
        ("LayoutText", "Site.Name", AnyLanguage),
        ("LayoutText", "Nav.Versions", "fr"),
        ("ReadingText", "Clause.ArticleNumber", "fr"),
        ("EditingText", "Edit.Article", "fr"),
        ("FormatText", "Countdown.Minutes.One", "fr"),
        ("FormatText", "Countdown.Minutes.Other", "fr"),
        ("AccountsText", "Language.en", AnyLanguage),
        ("AccountsText", "Language.es", AnyLanguage),
        ("AccountsText", "Language.fr", AnyLanguage),
        ("AccountsText", "Language.pt", AnyLanguage),
        ("AccountsText", "Audit.Hash", "es"),
        ("AccountsText", "Audit.Hash", "pt"),
        ("AccountsText", "SignUp.Email", "pt"),
        ("AccountsText", "Audit.Action", "fr"),
        ("AccountsText", "People.Actions", "fr"),
        ("AccountsText", "People.Active", "fr"),
        ("AccountsText", "Organisations.Title", "fr"),
        ("AmendmentsText", "Time.Hours", AnyLanguage),
        ("AmendmentsText", "Option.No", "es"),
        ("AmendmentsText", "Comments.Title", "fr"),
        ("AmendmentsText", "Notifications.Title", "fr"),
        ("LayoutText", "Nav.Notifications", "fr"),
        ("VersionsText", "Versions.Column.Hash", "es"),
        ("VersionsText", "Versions.Column.Hash", "pt"),
        ("VersionsText", "Version.Downloads", "pt"),
        ("VersionsText", "Versions.Column.Version", "fr"),
        ("VersionsText", "Versions.Column.Notes", "fr"),
        ("VersionsText", "Versions.Number", "fr"),
        ("VersionsText", "Compare.Article", "fr"),
        ("VersionsText", "Compare.Renumbered", "fr"),
        ("HistoryText", "History.Column.Actions", "fr"),
        ("HistoryText", "History.Reason.publication", "fr"),
        // Audit details made only of their parts and signs: the words come from the parts.
        ("AccountsText", "Audit.Details.RoleChanged", AnyLanguage),
        ("AccountsText", "Audit.Details.VoteCast", AnyLanguage),
        ("AccountsText", "Audit.Details.SigningChanged", AnyLanguage),
        ("AccountsText", "Audit.Details.OrganisationMemberRemoved", AnyLanguage),
        ("AccountsText", "Audit.Details.Endorser.Organisation", "fr"),
    ];

    public static bool Allows(string area, string key, string language) =>
        Entries.Contains((area, key, AnyLanguage)) || Entries.Contains((area, key, language));
}
