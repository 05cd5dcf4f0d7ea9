namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// Resource texts that are rightly the same as the English in a language: names, and words that
/// French happens to share with English. Everything else must be translated.
/// </summary>
internal static class SameTextAllowlist
{
    private const string AnyLanguage = "*";

    private static readonly HashSet<(string Area, string Key, string Language)> Entries =
    [
        ("LayoutText", "Site.Name", AnyLanguage),
        ("ReadingText", "Clause.ArticleNumber", "fr"),
        ("EditingText", "Edit.Article", "fr"),
        ("FormatText", "Countdown.Minutes.One", "fr"),
        ("FormatText", "Countdown.Minutes.Other", "fr"),
    ];

    public static bool Allows(string area, string key, string language) =>
        Entries.Contains((area, key, AnyLanguage)) || Entries.Contains((area, key, language));
}
