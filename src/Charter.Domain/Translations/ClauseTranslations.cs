using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;

namespace Charter.Domain.Translations;

/// <summary>
/// Clause translations inside a charter's Doc (<c>clauses/&lt;id&gt;/translations/&lt;lang&gt;</c> with
/// <c>title</c>, <c>body</c>, <c>sourceHash</c>): whether each is stale, starting one, and confirming
/// one. A translation is stale when the hash of the source title and body differs from the
/// <c>sourceHash</c> stamped when it was last confirmed (<see cref="ClauseSourceHash"/>).
/// Mutations run in one transaction with the caller's origin, so the server's charter session can
/// store and broadcast them like any other update.
/// </summary>
public static class ClauseTranslations
{
    /// <summary>The state of one clause's translation into <paramref name="language"/>.</summary>
    public static TranslationState StateOf(Doc doc, string clauseId, string language)
    {
        var clause = ClauseMap(doc, clauseId)
            ?? throw new ClauseTranslationException(clauseId, language, "the charter has no such clause.");
        return StateOf(clause, language);
    }

    /// <summary>The state of every clause's translation into <paramref name="language"/>, by clause id.</summary>
    public static IReadOnlyDictionary<string, TranslationState> StatesFor(Doc doc, string language)
    {
        var clauses = doc.GetMap(CharterDocument.ClausesKey);
        return clauses.Keys
            .Select(id => (Id: id, Clause: clauses.Get(id) as YMap))
            .Where(c => c.Clause is not null)
            .ToDictionary(c => c.Id, c => StateOf(c.Clause!, language), StringComparer.Ordinal);
    }

    /// <summary>
    /// Adds an empty, unconfirmed translation of the clause into <paramref name="language"/> unless
    /// one exists. Done by the server, which applies changes one at a time: two people opening the
    /// same untranslated clause at once must not each create a map under the same key, since one
    /// map would win and the other's typing would be lost. Returns false if it already existed.
    /// </summary>
    public static bool Start(Doc doc, string clauseId, string language, object? origin = null)
    {
        RequireTranslationLanguage(doc, clauseId, language);
        var clause = ClauseMap(doc, clauseId)
            ?? throw new ClauseTranslationException(clauseId, language, "the charter has no such clause.");
        if (TranslationMap(clause, language) is not null)
        {
            return false;
        }

        doc.Transact(_ =>
        {
            if (clause.Get(CharterDocument.TranslationsKey) is not YMap translations)
            {
                clause.Set(CharterDocument.TranslationsKey, new YMap());
                translations = (YMap)clause.Get(CharterDocument.TranslationsKey)!;
            }

            translations.Set(language, new YMap());
            var translation = (YMap)translations.Get(language)!;
            translation.Set(CharterDocument.TitleKey, new YText());
            translation.Set(CharterDocument.BodyKey, new YText());
        }, origin);
        return true;
    }

    /// <summary>
    /// Stamps the translation with the hash of the clause's source text as it is now, marking it a
    /// faithful translation of that text. Returns the hash stamped.
    /// </summary>
    public static string Confirm(Doc doc, string clauseId, string language, object? origin = null)
    {
        RequireTranslationLanguage(doc, clauseId, language);
        var clause = ClauseMap(doc, clauseId)
            ?? throw new ClauseTranslationException(clauseId, language, "the charter has no such clause.");
        var translation = TranslationMap(clause, language)
            ?? throw new ClauseTranslationException(clauseId, language, "there is no translation to confirm yet.");
        var hash = SourceHashOf(clause);
        if (translation.Get(CharterDocument.SourceHashKey) as string != hash)
        {
            doc.Transact(_ => translation.Set(CharterDocument.SourceHashKey, hash), origin);
        }

        return hash;
    }

    private static TranslationState StateOf(YMap clause, string language)
    {
        var translation = TranslationMap(clause, language);
        if (translation is null)
        {
            return TranslationState.Missing;
        }

        return translation.Get(CharterDocument.SourceHashKey) is not string stamped || stamped.Length == 0
            ? TranslationState.Unconfirmed
            : stamped == SourceHashOf(clause) ? TranslationState.Current : TranslationState.Stale;
    }

    private static void RequireTranslationLanguage(Doc doc, string clauseId, string language)
    {
        if (!LanguageTag.IsValid(language))
        {
            throw new ClauseTranslationException(clauseId, language, "not a language tag (expected e.g. 'es' or 'pt-BR').");
        }

        if (doc.GetMap(CharterDocument.MetaKey).Get(CharterDocument.LanguageKey) as string == language)
        {
            throw new ClauseTranslationException(clauseId, language, "this is the charter's source language, not a translation.");
        }
    }

    private static string SourceHashOf(YMap clause) =>
        ClauseSourceHash.Compute(TextOf(clause, CharterDocument.TitleKey), TextOf(clause, CharterDocument.BodyKey));

    private static YMap? ClauseMap(Doc doc, string clauseId) =>
        doc.GetMap(CharterDocument.ClausesKey).Get(clauseId) as YMap;

    private static YMap? TranslationMap(YMap clause, string language) =>
        (clause.Get(CharterDocument.TranslationsKey) as YMap)?.Get(language) as YMap;

    private static string TextOf(YMap map, string key) => map.Get(key) switch
    {
        YText text => text.ToString(),
        string plain => plain,
        _ => "",
    };
}
