using Charter.Crdt;
using Charter.Domain.Documents;
using Charter.Domain.Translations;

namespace Charter.Web.Reading;

/// <summary>Reads a charter's Doc for display, in its source language or a translation.</summary>
public static class CharterReader
{
    /// <summary>
    /// The charter in <paramref name="language"/>, falling back clause by clause to the source
    /// text where the translation lacks one; the source itself when the language is null or
    /// unknown. Each translated clause says whether its translation is stale. Call it where the Doc
    /// is owned (a session's <c>ReadAsync</c>).
    /// </summary>
    public static CharterReading Read(Doc doc, string? language)
    {
        var read = CharterDocument.Read(doc, language);
        var draft = read.Draft;
        var translated = draft.Language != read.SourceLanguage;
        IReadOnlyDictionary<string, TranslationState> states = translated
            ? CharterTranslations.StatesFor(doc, draft.Language)
            : new Dictionary<string, TranslationState>();
        IReadOnlyDictionary<string, TranslationState> partStates = translated
            ? CharterTranslations.PartStatesFor(doc, draft.Language)
            : new Dictionary<string, TranslationState>();
        var parts = draft.Parts
            .Select(part => new PartReading(
                part.Id,
                part.Title,
                part.Clauses.Select(c => new ClauseReading(c.Id, c.Title, c.Body, read.IsFallback(c.Id), StateOrNull(states, c.Id))).ToList(),
                read.IsFallback(part.Id),
                StateOrNull(partStates, part.Id)))
            .ToList();
        return new CharterReading(draft.Language, read.SourceLanguage, read.Languages, draft.Title, draft.Preamble, parts)
        {
            TitleIsFallback = read.TitleIsFallback,
            PreambleIsFallback = read.PreambleIsFallback,
            HeaderTranslation = translated ? CharterTranslations.StateOf(doc, CharterTranslations.MetaId, draft.Language) : null,
        };
    }

    private static TranslationState? StateOrNull(IReadOnlyDictionary<string, TranslationState> states, string id) =>
        states.TryGetValue(id, out var state) ? state : null;
}
