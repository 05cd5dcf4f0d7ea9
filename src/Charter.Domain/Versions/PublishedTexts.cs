using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;

namespace Charter.Domain.Versions;

/// <summary>
/// What a version publishes from the live Doc: the source text as version Markdown and each
/// translation as its own version Markdown. A translation carries only the clauses it has (the
/// source's fallbacks are left out, as a translated draft file may leave them out), and a clause is
/// stale when its <c>sourceHash</c> differs from <see cref="ClauseSourceHash"/> of the current
/// source clause.
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
            var stale = StaleClauseIds(doc, source.Draft, translated);
            translations.Add(new VersionTranslation(language, VersionMarkdown.WriteTranslation(translated, source.Draft, stale), stale));
        }

        return new PublishedTexts(source.Draft, VersionMarkdown.Write(source.Draft), translations);
    }

    private static List<string> StaleClauseIds(Doc doc, CharterDraft source, CharterDraft translation)
    {
        var sourceClauses = source.Clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var clauseMaps = doc.GetMap(CharterDocument.ClausesKey);
        var stale = new List<string>();
        foreach (var clause in translation.Clauses)
        {
            var recorded = clauseMaps.Get(clause.Id) is YMap entry
                && entry.Get(CharterDocument.TranslationsKey) is YMap languages
                && languages.Get(translation.Language) is YMap translated
                    ? translated.Get(CharterDocument.SourceHashKey) as string
                    : null;
            var current = sourceClauses[clause.Id];
            if (recorded != ClauseSourceHash.Compute(current.Title, current.Body))
            {
                stale.Add(clause.Id);
            }
        }

        return stale;
    }
}
