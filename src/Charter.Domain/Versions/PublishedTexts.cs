using Charter.Crdt;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;
using Charter.Domain.Translations;

namespace Charter.Domain.Versions;

/// <summary>
/// What a version publishes from the live Doc: the source text as version Markdown and each
/// translation as its own version Markdown. A translation carries only the clauses it has (the
/// source's fallbacks are left out, as a translated draft file may leave them out). Its stale list
/// names every translated entry that is not confirmed against the source as it is now (see
/// <see cref="CharterTranslations"/>): the title and preamble as <see cref="CharterTranslations.MetaId"/>,
/// then part ids, then clause ids, so a reader of the download knows which words to trust.
/// </summary>
public sealed record PublishedTexts(CharterDraft Source, string Markdown, IReadOnlyList<VersionTranslation> Translations)
{
    public static PublishedTexts Read(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var source = CharterDocument.Read(doc, null);
        var translations = new List<VersionTranslation>();
        foreach (var language in source.Languages.Where(l => l != source.SourceLanguage))
        {
            var localized = CharterDocument.Read(doc, language);
            var translated = localized.Draft with
            {
                Parts = [.. localized.Draft.Parts
                    .Select(p => p with { Clauses = [.. p.Clauses.Where(c => !localized.IsFallback(c.Id))] })
                    .Where(p => p.Clauses.Count > 0)],
            };
            var stale = StaleEntryIds(doc, localized, translated);
            translations.Add(new VersionTranslation(language, VersionMarkdown.WriteTranslation(translated, source.Draft, stale), stale));
        }

        return new PublishedTexts(source.Draft, VersionMarkdown.Write(source.Draft), translations);
    }

    private static List<string> StaleEntryIds(Doc doc, LocalizedCharter localized, CharterDraft translation)
    {
        var language = translation.Language;
        var stale = new List<string>();
        if ((!localized.TitleIsFallback || !localized.PreambleIsFallback)
            && IsStale(CharterTranslations.StateOf(doc, CharterTranslations.MetaId, language)))
        {
            stale.Add(CharterTranslations.MetaId);
        }

        // Keyed by the Doc's own entries, so a part with no entry (clauses left outside any part
        // get a nameless one, which the export refuses anyway) has nothing to confirm.
        var parts = CharterTranslations.PartStatesFor(doc, language);
        stale.AddRange(translation.Parts.Select(p => p.Id)
            .Where(id => !localized.FallbackPartIds.Contains(id) && parts.TryGetValue(id, out var state) && IsStale(state)));
        var clauses = CharterTranslations.StatesFor(doc, language);
        stale.AddRange(translation.Clauses.Select(c => c.Id).Where(id => clauses.TryGetValue(id, out var state) && IsStale(state)));
        return stale;
    }

    /// <summary>Not confirmed against the source as it is now; a missing translation is a fallback, not stale.</summary>
    private static bool IsStale(TranslationState state) => state is TranslationState.Stale or TranslationState.Unconfirmed;
}
