using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Drafts;

namespace Charter.Domain.Documents;

/// <summary>
/// Writes a draft set into an empty Doc, in one transaction, with the layout of
/// <see cref="CharterDocument"/>. Imported translations count as confirmed against the source they
/// were imported with: each carries the <c>sourceHash</c> of its source texts.
/// </summary>
internal static class CharterDocumentWriter
{
    public static void Write(Doc doc, DraftSet set) => doc.Transact(_ =>
    {
        var source = set.Source;
        var meta = doc.GetMap(CharterDocument.MetaKey);
        meta.Set(CharterDocument.LanguageKey, source.Language);
        AddText(meta, CharterDocument.TitleKey, source.Title);
        AddText(meta, CharterDocument.PreambleKey, source.Preamble);

        var parts = doc.GetMap(CharterDocument.PartsKey);
        var clauses = doc.GetMap(CharterDocument.ClausesKey);
        var order = doc.GetArray(CharterDocument.OrderKey);
        var ids = new List<object?>();
        foreach (var part in source.Parts)
        {
            ids.Add(part.Id);
            var partMap = AddMap(parts, part.Id);
            AddText(partMap, CharterDocument.TitleKey, part.Title);
            AddMap(partMap, CharterDocument.TranslationsKey);
            foreach (var clause in part.Clauses)
            {
                ids.Add(clause.Id);
                var clauseMap = AddMap(clauses, clause.Id);
                AddText(clauseMap, CharterDocument.TitleKey, clause.Title);
                AddText(clauseMap, CharterDocument.BodyKey, clause.Body);
                AddMap(clauseMap, CharterDocument.TranslationsKey);
            }
        }

        order.Push([.. ids]);

        var metaTranslations = doc.GetMap(CharterDocument.MetaTranslationsKey);
        var sourceClauses = source.Clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var sourceParts = source.Parts.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var (language, translation) in set.Translations.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var metaTranslation = AddMap(metaTranslations, language);
            AddText(metaTranslation, CharterDocument.TitleKey, translation.Title);
            AddText(metaTranslation, CharterDocument.PreambleKey, translation.Preamble);
            metaTranslation.Set(CharterDocument.SourceHashKey, ClauseSourceHash.Compute(source.Title, source.Preamble));
            foreach (var part in translation.Parts)
            {
                var partTranslation = AddMap(Translations(parts, part.Id), language);
                AddText(partTranslation, CharterDocument.TitleKey, part.Title);
                partTranslation.Set(CharterDocument.SourceHashKey, ClauseSourceHash.Compute(sourceParts[part.Id].Title, ""));
                foreach (var clause in part.Clauses)
                {
                    var sourceClause = sourceClauses[clause.Id];
                    var clauseTranslation = AddMap(Translations(clauses, clause.Id), language);
                    AddText(clauseTranslation, CharterDocument.TitleKey, clause.Title);
                    AddText(clauseTranslation, CharterDocument.BodyKey, clause.Body);
                    clauseTranslation.Set(
                        CharterDocument.SourceHashKey, ClauseSourceHash.Compute(sourceClause.Title, sourceClause.Body));
                }
            }
        }
    });

    // DraftFolder.Load has checked that every translated id exists in the source.
    private static YMap Translations(YMap entries, string id) =>
        (YMap)((YMap)entries.Get(id)!).Get(CharterDocument.TranslationsKey)!;

    private static YMap AddMap(YMap parent, string key)
    {
        parent.Set(key, new YMap());
        return (YMap)parent.Get(key)!;
    }

    private static void AddText(YMap parent, string key, string text)
    {
        parent.Set(key, new YText());
        if (text.Length > 0)
        {
            ((YText)parent.Get(key)!).Insert(0, text);
        }
    }
}
