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
        var translatedEntries = new List<string>();
        if (!localized.TitleIsFallback || !localized.PreambleIsFallback)
        {
            translatedEntries.Add(CharterTranslations.MetaId);
        }

        translatedEntries.AddRange(translation.Parts.Select(p => p.Id).Where(id => !localized.FallbackPartIds.Contains(id)));
        translatedEntries.AddRange(translation.Clauses.Select(c => c.Id));
        // An id the Doc has no entry for (clauses left outside any part get a nameless one) is
        // nothing to confirm; the export itself refuses such a text.
        return [.. translatedEntries.Where(id => TranslatableEntry.Find(doc, id) is not null
            && CharterTranslations.StateOf(doc, id, translation.Language) is TranslationState.Stale or TranslationState.Unconfirmed)];
    }
}
