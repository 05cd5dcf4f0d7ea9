using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Drafts;

namespace Charter.Domain.Documents;

/// <summary>
/// Reads a <see cref="CharterDraft"/> back out of a Doc. Tolerant of what concurrent edits can
/// leave behind: ids in <c>order</c> without an entry are skipped, repeated ids count once (first
/// wins), and clauses before any part join the first part.
/// </summary>
internal static class CharterDocumentReader
{
    public static CharterDraft ReadSource(Doc doc) => Read(doc, null).Draft;

    public static LocalizedCharter Read(Doc doc, string? language)
    {
        var meta = doc.GetMap(CharterDocument.MetaKey);
        var sourceLanguage = meta.Get(CharterDocument.LanguageKey) as string ?? "";
        var metaTranslations = doc.GetMap(CharterDocument.MetaTranslationsKey);
        var languages = new[] { sourceLanguage }
            .Concat(metaTranslations.Keys.Where(l => l != sourceLanguage).Order(StringComparer.Ordinal))
            .ToList();

        var metaTranslation = language is null || language == sourceLanguage
            ? null
            : metaTranslations.Get(language) as YMap;
        var shown = metaTranslation is null ? sourceLanguage : language!;
        var textSource = metaTranslation ?? meta;
        var fallbacks = new HashSet<string>(StringComparer.Ordinal);
        var parts = ReadParts(doc, metaTranslation is null ? null : shown, fallbacks);
        var draft = new CharterDraft(
            shown,
            TextOf(textSource, CharterDocument.TitleKey),
            TextOf(textSource, CharterDocument.PreambleKey),
            parts);
        return new LocalizedCharter(draft, sourceLanguage, languages, fallbacks);
    }

    private static List<Part> ReadParts(Doc doc, string? translation, HashSet<string> fallbacks)
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
                var title = Translated(part, translation) is { } t ? TextOf(t, CharterDocument.TitleKey) : TextOf(part, CharterDocument.TitleKey);
                parts.Add((id, title, []));
            }
            else if (clauseMaps.Get(id) is YMap clause)
            {
                var read = ReadClause(id, clause, translation, fallbacks);
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
            if (Translated(clause, translation) is { } translated)
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

    private static string TextOf(YMap map, string key) => map.Get(key) switch
    {
        YText text => text.ToString(),
        string plain => plain,
        _ => "",
    };
}
