using Charter.Crdt;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;

namespace Charter.Domain.Translations;

/// <summary>
/// Translations inside a charter's Doc, of clauses, part titles, and the charter's title and
/// preamble alike (see <see cref="TranslatableEntry"/> for where each lives): whether each is stale,
/// starting one, and confirming one. A translation is stale when the hash of its source texts
/// differs from the <c>sourceHash</c> stamped when it was last confirmed (<see cref="ClauseSourceHash"/>).
/// Mutations run in one transaction with the caller's origin, so the server's charter session can
/// store and broadcast them like any other update.
/// </summary>
public static class CharterTranslations
{
    /// <summary>The entry id of the charter's title and preamble; clauses and parts go by their own ids.</summary>
    public const string MetaId = TranslatableEntry.MetaId;

    /// <summary>The state of one entry's translation into <paramref name="language"/>.</summary>
    /// <param name="entryId">A clause id, a part id, or <see cref="MetaId"/>.</param>
    public static TranslationState StateOf(Doc doc, string entryId, string language)
    {
        var entry = TranslatableEntry.Find(doc, entryId)
            ?? throw new TranslationException(entryId, language, NoSuchEntry(entryId));
        return StateOf(entry, language);
    }

    /// <summary>The state of every clause's translation into <paramref name="language"/>, by clause id.</summary>
    public static IReadOnlyDictionary<string, TranslationState> StatesFor(Doc doc, string language) =>
        StatesIn(doc, doc.GetMap(CharterDocument.ClausesKey).Keys, language);

    /// <summary>The state of every part title's translation into <paramref name="language"/>, by part id.</summary>
    public static IReadOnlyDictionary<string, TranslationState> PartStatesFor(Doc doc, string language) =>
        StatesIn(doc, doc.GetMap(CharterDocument.PartsKey).Keys, language);

    /// <summary>
    /// Adds an empty, unconfirmed translation of the entry into <paramref name="language"/> unless
    /// one exists. Done by the server, which applies changes one at a time: two people opening the
    /// same untranslated clause at once must not each create a map under the same key, since one
    /// map would win and the other's typing would be lost. Returns false if it already existed.
    /// </summary>
    /// <param name="entryId">A clause id, a part id, or <see cref="MetaId"/>.</param>
    public static bool Start(Doc doc, string entryId, string language, object? origin = null)
    {
        var entry = RequireEntry(doc, entryId, language);
        if (entry.TranslationMap(language) is not null)
        {
            return false;
        }

        doc.Transact(_ => entry.AddTranslation(language), origin);
        return true;
    }

    /// <summary>
    /// Stamps the translation with the hash of the entry's source texts as they are now, marking it
    /// a faithful translation of that text. Returns the hash stamped.
    /// </summary>
    /// <param name="entryId">A clause id, a part id, or <see cref="MetaId"/>.</param>
    public static string Confirm(Doc doc, string entryId, string language, object? origin = null)
    {
        var entry = RequireEntry(doc, entryId, language);
        var translation = entry.TranslationMap(language)
            ?? throw new TranslationException(entryId, language, "there is no translation to confirm yet.");
        var hash = entry.SourceHash();
        if (translation.Get(CharterDocument.SourceHashKey) as string != hash)
        {
            doc.Transact(_ => translation.Set(CharterDocument.SourceHashKey, hash), origin);
        }

        return hash;
    }

    private static Dictionary<string, TranslationState> StatesIn(Doc doc, IEnumerable<string> ids, string language) =>
        ids.Select(id => (Id: id, Entry: TranslatableEntry.Find(doc, id)))
            .Where(e => e.Entry is not null)
            .ToDictionary(e => e.Id, e => StateOf(e.Entry!, language), StringComparer.Ordinal);

    private static TranslationState StateOf(TranslatableEntry entry, string language)
    {
        var translation = entry.TranslationMap(language);
        if (translation is null)
        {
            return TranslationState.Missing;
        }

        return translation.Get(CharterDocument.SourceHashKey) is not string stamped || stamped.Length == 0
            ? TranslationState.Unconfirmed
            : stamped == entry.SourceHash() ? TranslationState.Current : TranslationState.Stale;
    }

    private static TranslatableEntry RequireEntry(Doc doc, string entryId, string language)
    {
        if (!LanguageTag.IsValid(language))
        {
            throw new TranslationException(entryId, language, "not a language tag (expected e.g. 'es' or 'pt-BR').");
        }

        var entry = TranslatableEntry.Find(doc, entryId)
            ?? throw new TranslationException(entryId, language, NoSuchEntry(entryId));
        if (entry.IsSourceLanguage(language))
        {
            throw new TranslationException(entryId, language, "this is the charter's source language, not a translation.");
        }

        return entry;
    }

    private static string NoSuchEntry(string entryId) =>
        entryId.StartsWith(DraftIds.PartPrefix, StringComparison.Ordinal) ? "the charter has no such part." : "the charter has no such clause.";
}
