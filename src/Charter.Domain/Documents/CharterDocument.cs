using Charter.Crdt;
using Charter.Domain.Drafts;

namespace Charter.Domain.Documents;

/// <summary>
/// A charter as one Y.Doc (docs/ARCHITECTURE.md, "The Doc"):
/// <list type="bullet">
/// <item><c>meta</c>: <c>title</c> (YText), <c>preamble</c> (YText, Markdown), <c>language</c> (string).</item>
/// <item><c>parts</c>: part id → { <c>title</c>, <c>translations</c>: lang → { <c>title</c> } }.</item>
/// <item><c>clauses</c>: clause id → { <c>title</c>, <c>body</c>, <c>translations</c>: lang →
/// { <c>title</c>, <c>body</c>, <c>sourceHash</c> } }.</item>
/// <item><c>metaTranslations</c>: lang → { <c>title</c>, <c>preamble</c> }.</item>
/// <item><c>order</c>: part and clause ids in display order; a clause belongs to the nearest part
/// before it, and when an id occurs twice the first occurrence wins.</item>
/// </list>
/// Browsers edit the same layout with the real yjs, so these names are a wire contract.
/// </summary>
public static class CharterDocument
{
    public const string MetaKey = "meta";
    public const string PartsKey = "parts";
    public const string ClausesKey = "clauses";
    public const string MetaTranslationsKey = "metaTranslations";
    public const string OrderKey = "order";

    public const string TitleKey = "title";
    public const string PreambleKey = "preamble";
    public const string LanguageKey = "language";
    public const string BodyKey = "body";
    public const string TranslationsKey = "translations";
    public const string SourceHashKey = "sourceHash";

    /// <summary>A new Doc (random client id) holding <paramref name="set"/>.</summary>
    public static Doc Create(DraftSet set)
    {
        var doc = new Doc();
        CharterDocumentWriter.Write(doc, set);
        return doc;
    }

    /// <summary>The charter in its source language, parts and clauses in <c>order</c>.</summary>
    public static CharterDraft ReadSource(Doc doc) => CharterDocumentReader.ReadSource(doc);

    /// <summary>
    /// The charter in <paramref name="language"/>, falling back to the source clause by clause and
    /// part by part where the translation lacks one; the source when the language is null or the
    /// charter has no translation in it.
    /// </summary>
    public static LocalizedCharter Read(Doc doc, string? language) => CharterDocumentReader.Read(doc, language);
}
