namespace Charter.Web.Accounts;

/// <summary>The UI languages a person can choose (docs/ARCHITECTURE.md, "Languages").</summary>
public static class PersonLanguages
{
    public const string Default = "en";

    public static IReadOnlyList<string> All { get; } = ["en", "es", "pt", "fr"];

    public static string Validate(string? language) =>
        language is not null && All.Contains(language)
            ? language
            : throw new AccountException("UnknownLanguage", $"'{language}' is not a language Charter speaks; use one of {string.Join(", ", All)}.");
}
