using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Drafts;

namespace Charter.Domain.Documents;

/// <summary>
/// Reads a <see cref="CharterDraft"/> back out of a Doc. Tolerant of what concurrent edits can
/// leave behind: ids in <c>order</c> without an entry are skipped, repeated ids count once (first
/// wins), and clauses before any part join the first part. In a translation, a text that is missing
/// or still empty (a translation just started) is read from the source and listed as a fallback.
/// </summary>
internal static class CharterDocumentReader
{
    public static CharterDraft ReadSource(Doc doc) => Read(doc, null).Draft;

    public static LocalizedCharter Read(Doc doc, string? language)
    {
        var meta = doc.GetMap(CharterDocument.MetaKey);
        var sourceLanguage = meta.Get(CharterDocument.LanguageKey) as string ?? "";
        var languages = new[] { sourceLanguage }.Concat(TranslationLanguages(doc, sourceLanguage)).ToList();
        var translation = language is not null && language != sourceLanguage && languages.Contains(language) ? language : null;

        var fallbackClauses = new HashSet<string>(StringComparer.Ordinal);
        var fallbackParts = new HashSet<string>(StringComparer.Ordinal);
        var parts = ReadParts(doc, translation, fallbackClauses, fallbackParts);
        var metaTranslation = translation is null ? null : doc.GetMap(CharterDocument.MetaTranslationsKey).Get(translation) as YMap;
        var title = TranslatedText(metaTranslation, CharterDocument.TitleKey);
        var preamble = TranslatedText(metaTranslation, CharterDocument.PreambleKey);
        var sourcePreamble = TextOf(meta, CharterDocument.PreambleKey);
        var draft = new CharterDraft(
            translation ?? sourceLanguage,
            title ?? TextOf(meta, CharterDocument.TitleKey),
            preamble ?? sourcePreamble,
            parts);
        return new LocalizedCharter(draft, sourceLanguage, languages, fallbackClauses)
        {
            FallbackPartIds = fallbackParts,
            TitleIsFallback = translation is not null && title is null,
            PreambleIsFallback = translation is not null && preamble is null && sourcePreamble.Length > 0,
        };
    }

    /// <summary>Every language with a translation of anything, other than the source, in ordinal order.</summary>
    private static IEnumerable<string> TranslationLanguages(Doc doc, string sourceLanguage)
    {
        var parts = doc.GetMap(CharterDocument.PartsKey);
        var clauses = doc.GetMap(CharterDocument.ClausesKey);
        var entries = parts.Keys.Select(parts.Get)
            .Concat(clauses.Keys.Select(clauses.Get))
            .OfType<YMap>()
            .Select(entry => entry.Get(CharterDocument.TranslationsKey))
            .OfType<YMap>()
            .SelectMany(translations => translations.Keys);
        return doc.GetMap(CharterDocument.MetaTranslationsKey).Keys
            .Concat(entries)
            .Where(l => l != sourceLanguage)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
    }

    private static List<Part> ReadParts(Doc doc, string? translation, HashSet<string> fallbackClauses, HashSet<string> fallbackParts)
    {
        var partMaps = doc.GetMap(CharterDocument.PartsKey);
        var clauseMaps = doc.GetMap(CharterDocument.ClausesKey);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parts = new List<(string Id, string Title, List<Clause> Clauses)>();
        var orphans = new List<Clause>();
        foreach (var id in doc.GetArray(CharterDocument.OrderKey).ToArray().OfType<string>())
        {
            if (!seen.Add(id))
            {
                continue;
            }

            if (partMaps.Get(id) is YMap part)
            {
                var title = TranslatedText(Translated(part, translation), CharterDocument.TitleKey);
                if (translation is not null && title is null)
                {
                    fallbackParts.Add(id);
                }

                parts.Add((id, title ?? TextOf(part, CharterDocument.TitleKey), []));
            }
            else if (clauseMaps.Get(id) is YMap clause)
            {
                var read = ReadClause(id, clause, translation, fallbackClauses);
                (parts.Count == 0 ? orphans : parts[^1].Clauses).Add(read);
            }
        }

        if (orphans.Count > 0)
        {
            if (parts.Count == 0)
            {
                parts.Add(("", "", []));
            }

            parts[0].Clauses.InsertRange(0, orphans);
        }

        return parts.ConvertAll(p => new Part(p.Id, p.Title, p.Clauses));
    }

    private static Clause ReadClause(string id, YMap clause, string? translation, HashSet<string> fallbacks)
    {
        if (translation is not null)
        {
            if (Translated(clause, translation) is { } translated
                && (TextOf(translated, CharterDocument.TitleKey).Length > 0 || TextOf(translated, CharterDocument.BodyKey).Length > 0))
            {
                return new Clause(id, TextOf(translated, CharterDocument.TitleKey), TextOf(translated, CharterDocument.BodyKey));
            }

            fallbacks.Add(id);
        }

        return new Clause(id, TextOf(clause, CharterDocument.TitleKey), TextOf(clause, CharterDocument.BodyKey));
    }

    private static YMap? Translated(YMap entry, string? language) =>
        language is not null && entry.Get(CharterDocument.TranslationsKey) is YMap translations
            ? translations.Get(language) as YMap
            : null;

    /// <summary>The translated text, or null when there is none or it is still empty.</summary>
    private static string? TranslatedText(YMap? translation, string key) =>
        translation is null ? null : TextOf(translation, key) is { Length: > 0 } text ? text : null;

    private static string TextOf(YMap map, string key) => map.Get(key) switch
    {
        YText text => text.ToString(),
        string plain => plain,
        _ => "",
    };
}
