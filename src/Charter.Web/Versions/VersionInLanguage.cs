using Charter.Domain.Drafts;
using Charter.Domain.Versions;

namespace Charter.Web.Versions;

/// <summary>
/// A published version read in one of its translations, laid over its source: the source's
/// parts and clauses in the source's order, each with the translated wording where the
/// translation has one and the source's otherwise. Comparing two such drafts compares wording
/// only, never a clause the translation happens to lack.
/// </summary>
public sealed record VersionInLanguage(CharterDraft Source, CharterDraft Shown, VersionTranslation? Translation)
{
    /// <summary>The ids the translation lacks, read from the source.</summary>
    public IReadOnlySet<string> FallbackIds { get; init; } = new HashSet<string>();

    /// <summary>The version in <paramref name="language"/>, or in its source when it has no such translation.</summary>
    public static VersionInLanguage Read(CharterVersion version, string? language)
    {
        var source = VersionMarkdown.Import(version.Markdown, $"v{version.Number}.md");
        var translation = version.Translations.FirstOrDefault(t => t.Language == language && t.Language != source.Language);
        if (translation is null)
        {
            return new VersionInLanguage(source, source, null);
        }

        var translated = VersionMarkdown.Import(translation.Markdown, $"v{version.Number}.{translation.Language}.md");
        var clauses = translated.Clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var partTitles = translated.Parts.ToDictionary(p => p.Id, p => p.Title, StringComparer.Ordinal);
        var fallback = new HashSet<string>(StringComparer.Ordinal);
        var parts = source.Parts.Select(part => new Part(
            part.Id,
            partTitles.GetValueOrDefault(part.Id, part.Title),
            [.. part.Clauses.Select(c => clauses.GetValueOrDefault(c.Id) ?? Fallback(c, fallback))])).ToList();
        var shown = new CharterDraft(translated.Language, translated.Title, translated.Preamble, parts);
        return new VersionInLanguage(source, shown, translation) { FallbackIds = fallback };
    }

    private static Clause Fallback(Clause clause, HashSet<string> fallback)
    {
        fallback.Add(clause.Id);
        return clause;
    }
}
