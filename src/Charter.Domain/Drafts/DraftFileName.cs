namespace Charter.Domain.Drafts;

/// <summary>
/// The two names a draft file may have: <c>&lt;name&gt;.md</c> for a source text and
/// <c>&lt;name&gt;.&lt;lang&gt;.md</c> for its translation. Names are lowercase letters, digits
/// and hyphens; the language suffix is a <see cref="LanguageTag"/>.
/// </summary>
/// <param name="Name">The charter's name.</param>
/// <param name="Language">The translation's language, or null for a source text.</param>
internal sealed record DraftFileName(string Name, string? Language)
{
    public const string Extension = ".md";

    public static DraftFileName? TryParse(string fileName)
    {
        if (!fileName.EndsWith(Extension, StringComparison.Ordinal))
        {
            return null;
        }

        var stem = fileName[..^Extension.Length];
        var dot = stem.IndexOf('.', StringComparison.Ordinal);
        var name = dot < 0 ? stem : stem[..dot];
        var language = dot < 0 ? null : stem[(dot + 1)..];
        if (!IsName(name) || (language is not null && !LanguageTag.IsValid(language)))
        {
            return null;
        }

        return new DraftFileName(name, language);
    }

    private static bool IsName(string name) =>
        name.Length > 0 && name[0] != '-' && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
