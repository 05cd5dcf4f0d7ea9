namespace Charter.Domain.Drafts;

/// <summary>
/// What a translation must share with its source: the language its file name promises, a
/// language different from the source's, and only ids the source has, in the source's order, each
/// clause in the same part as in the source. A translation may leave clauses (and so whole parts)
/// out; readers fall back to the source for those.
/// </summary>
internal static class TranslationCheck
{
    public static void Verify(ParsedDraft source, ParsedDraft translation, string suffixLanguage, string fileName)
    {
        var language = translation.Draft.Language;
        if (language != suffixLanguage)
        {
            throw new DraftFormatException(fileName, translation.LanguageLine, $"the front matter says 'language: {language}' but the file name says '{suffixLanguage}'");
        }

        if (language == source.Draft.Language)
        {
            throw new DraftFormatException(fileName, translation.LanguageLine, $"a translation into '{language}', the source's own language");
        }

        var sourcePartOfClause = source.Draft.Parts
            .SelectMany(part => part.Clauses.Select(clause => (clause.Id, PartId: part.Id)))
            .ToDictionary(entry => entry.Id, entry => entry.PartId, StringComparer.Ordinal);
        var sourcePartIds = source.Draft.Parts.Select(part => part.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var part in translation.Draft.Parts)
        {
            if (!sourcePartIds.Contains(part.Id))
            {
                throw UnknownId(fileName, translation, part.Id);
            }

            foreach (var clause in part.Clauses)
            {
                if (!sourcePartOfClause.TryGetValue(clause.Id, out var sourcePartId))
                {
                    throw UnknownId(fileName, translation, clause.Id);
                }

                if (sourcePartId != part.Id)
                {
                    throw new DraftFormatException(fileName, translation.IdLines[clause.Id], $"clause {clause.Id} is in part {part.Id} here but in part {sourcePartId} in the source");
                }
            }
        }

        VerifyOrder(source, translation, fileName);
    }

    /// <summary>Parts and clauses keep the source's order; each id must come after the one before it.</summary>
    private static void VerifyOrder(ParsedDraft source, ParsedDraft translation, string fileName)
    {
        var sourceIds = source.Draft.Parts.SelectMany(part => part.Clauses.Select(clause => clause.Id).Prepend(part.Id)).ToList();
        var translationIds = translation.Draft.Parts.SelectMany(part => part.Clauses.Select(clause => clause.Id).Prepend(part.Id));
        string? previous = null;
        foreach (var id in translationIds)
        {
            if (previous is not null && sourceIds.IndexOf(id) < sourceIds.IndexOf(previous))
            {
                throw new DraftFormatException(fileName, translation.IdLines[id], $"'{id}' comes after '{previous}' here but before it in the source; a translation keeps the source's order");
            }

            previous = id;
        }
    }

    private static DraftFormatException UnknownId(string fileName, ParsedDraft translation, string id) =>
        new(fileName, translation.IdLines[id], $"the id '{id}' does not exist in the source text");
}
