using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;

namespace Charter.Domain.Translations;

/// <summary>
/// Something in a charter's Doc that has translations, found by id: a clause (<c>c-…</c>: title and
/// body under <c>clauses/&lt;id&gt;/translations/&lt;lang&gt;</c>), a part (<c>p-…</c>: title under
/// <c>parts/&lt;id&gt;/translations/&lt;lang&gt;</c>) or the charter's title and preamble
/// (<see cref="MetaId"/>: <c>metaTranslations/&lt;lang&gt;</c>). Every translation map may carry a
/// <c>sourceHash</c>: <see cref="ClauseSourceHash"/> over the source texts in <see cref="TextKeys"/>
/// order (a part's title with an empty second text), so all three go stale the same way.
/// </summary>
internal sealed class TranslatableEntry
{
    public const string MetaId = "meta";

    private readonly Doc _doc;
    private readonly YMap _source;
    private readonly YMap? _translations;

    private TranslatableEntry(Doc doc, YMap source, YMap? translations, IReadOnlyList<string> textKeys)
    {
        _doc = doc;
        _source = source;
        _translations = translations;
        TextKeys = textKeys;
    }

    /// <summary>The texts a translation of this entry holds, in hashing order.</summary>
    public IReadOnlyList<string> TextKeys { get; }

    /// <summary>How a message names the entry: "Clause 'c-a1b2'", "Part 'p-7k2m'", "Title and preamble".</summary>
    public static string Describe(string entryId) =>
        entryId == MetaId ? "Title and preamble"
        : entryId.StartsWith(DraftIds.PartPrefix, StringComparison.Ordinal) ? $"Part '{entryId}'"
        : $"Clause '{entryId}'";

    /// <summary>The entry <paramref name="entryId"/> names, or null when the charter has none.</summary>
    public static TranslatableEntry? Find(Doc doc, string entryId)
    {
        if (entryId == MetaId)
        {
            return new TranslatableEntry(
                doc, doc.GetMap(CharterDocument.MetaKey), doc.GetMap(CharterDocument.MetaTranslationsKey),
                [CharterDocument.TitleKey, CharterDocument.PreambleKey]);
        }

        if (doc.GetMap(CharterDocument.PartsKey).Get(entryId) is YMap part)
        {
            return new TranslatableEntry(doc, part, part.Get(CharterDocument.TranslationsKey) as YMap, [CharterDocument.TitleKey]);
        }

        return doc.GetMap(CharterDocument.ClausesKey).Get(entryId) is YMap clause
            ? new TranslatableEntry(doc, clause, clause.Get(CharterDocument.TranslationsKey) as YMap, [CharterDocument.TitleKey, CharterDocument.BodyKey])
            : null;
    }

    /// <summary>The entry's translation into <paramref name="language"/>, or null.</summary>
    public YMap? TranslationMap(string language) => _translations?.Get(language) as YMap;

    /// <summary>The hash a translation confirmed against the source as it is now carries.</summary>
    public string SourceHash() => ClauseSourceHash.Compute(
        TextOf(_source, TextKeys[0]), TextKeys.Count > 1 ? TextOf(_source, TextKeys[1]) : "");

    /// <summary>Adds an empty translation map with empty texts. Call inside a transaction.</summary>
    public void AddTranslation(string language)
    {
        var translations = _translations;
        if (translations is null)
        {
            _source.Set(CharterDocument.TranslationsKey, new YMap());
            translations = (YMap)_source.Get(CharterDocument.TranslationsKey)!;
        }

        translations.Set(language, new YMap());
        var translation = (YMap)translations.Get(language)!;
        foreach (var key in TextKeys)
        {
            translation.Set(key, new YText());
        }
    }

    public bool IsSourceLanguage(string language) =>
        _doc.GetMap(CharterDocument.MetaKey).Get(CharterDocument.LanguageKey) as string == language;

    public static string TextOf(YMap map, string key) => map.Get(key) switch
    {
        YText text => text.ToString(),
        string plain => plain,
        _ => "",
    };
}
