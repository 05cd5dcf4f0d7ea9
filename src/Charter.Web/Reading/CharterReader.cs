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
        IReadOnlyDictionary<string, TranslationState> states = draft.Language == read.SourceLanguage
            ? new Dictionary<string, TranslationState>()
            : CharterTranslations.StatesFor(doc, draft.Language);
        var parts = draft.Parts
            .Select(part => new PartReading(
                part.Id,
                part.Title,
                part.Clauses.Select(c => new ClauseReading(
                    c.Id, c.Title, c.Body, read.IsFallback(c.Id), states.TryGetValue(c.Id, out var state) ? state : (TranslationState?)null))
                .ToList()))
            .ToList();
        return new CharterReading(draft.Language, read.SourceLanguage, read.Languages, draft.Title, draft.Preamble, parts);
    }
}
