using Charter.Domain.Translations;

namespace Charter.Web.Reading;

/// <summary>
/// A charter as a reader sees it in one language: what the home page renders. Clause numbers
/// are not here; they derive from order (see <see cref="ArticleNumbers"/>).
/// </summary>
/// <param name="Language">The language shown.</param>
/// <param name="SourceLanguage">The language the charter is written in.</param>
/// <param name="Languages">Every language it can be read in, source first.</param>
/// <param name="Title">Plain text.</param>
/// <param name="Preamble">Markdown; may be empty.</param>
/// <param name="Parts">Parts in display order.</param>
public sealed record CharterReading(
    string Language,
    string SourceLanguage,
    IReadOnlyList<string> Languages,
    string Title,
    string Preamble,
    IReadOnlyList<PartReading> Parts)
{
    /// <summary>
    /// A same-page link to a part or clause that keeps the language being read. Fragment-only
    /// links would resolve against the page's base URL and drop the <c>?lang=</c> query, and a page
    /// without it reads the interface language (<see cref="ReadingLanguage"/>), so even the source
    /// names itself.
    /// </summary>
    public string LinkTo(string id) => $"?lang={Uri.EscapeDataString(Language)}#{id}";

    /// <summary>The title is shown in the source language: the translation lacks one.</summary>
    public bool TitleIsFallback { get; init; }

    /// <summary>The preamble is shown in the source language: the translation lacks one.</summary>
    public bool PreambleIsFallback { get; init; }

    /// <summary>How the translated title and preamble stand against the source; null when reading the source.</summary>
    public TranslationState? HeaderTranslation { get; init; }
}

/// <summary>
/// A part and its clauses in display order. <paramref name="IsFallback"/> and
/// <paramref name="Translation"/> say the same of its title as <see cref="ClauseReading"/> does of a clause.
/// </summary>
public sealed record PartReading(
    string Id, string Title, IReadOnlyList<ClauseReading> Clauses, bool IsFallback = false, TranslationState? Translation = null);

/// <summary>
/// One clause. <paramref name="IsFallback"/> is true when the requested translation lacks this
/// clause and the source text is shown instead. <paramref name="Translation"/> says how the shown
/// translation stands against the source (stale, unconfirmed, current); null when reading the source.
/// </summary>
public sealed record ClauseReading(
    string Id, string Title, string Body, bool IsFallback = false, TranslationState? Translation = null);
