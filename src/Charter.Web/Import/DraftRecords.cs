using Charter.Domain.Drafts;
using Charter.Web.Storage;

namespace Charter.Web.Import;

/// <summary>
/// Turns a loaded draft set (source plus translations) into the rows that store it. Positions
/// follow the draft's order; clause positions run across parts so numbering stays continuous.
/// </summary>
public static class DraftRecords
{
    public static CharterRecord ToRecord(DraftSet set, DateTimeOffset importedAt)
    {
        var source = set.Source;
        var charter = new CharterRecord
        {
            Name = set.Name,
            SourceLanguage = source.Language,
            Title = source.Title,
            Preamble = source.Preamble,
            ImportedAt = importedAt,
        };

        var clausePosition = 0;
        for (var partPosition = 0; partPosition < source.Parts.Count; partPosition++)
        {
            var part = source.Parts[partPosition];
            var partRecord = new PartRecord { Id = part.Id, Position = partPosition, Title = part.Title };
            charter.Parts.Add(partRecord);

            foreach (var clause in part.Clauses)
            {
                charter.Clauses.Add(new ClauseRecord
                {
                    Id = clause.Id,
                    PartId = part.Id,
                    Position = clausePosition++,
                    Title = clause.Title,
                    Body = clause.Body,
                });
            }
        }

        foreach (var (language, translation) in set.Translations.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            AddTranslation(charter, language, translation);
        }

        return charter;
    }

    private static void AddTranslation(CharterRecord charter, string language, CharterDraft translation)
    {
        charter.Translations.Add(new CharterTranslationRecord
        {
            Language = language,
            Title = translation.Title,
            Preamble = translation.Preamble,
        });

        // DraftFolder.Load has checked that every id here exists in the source.
        var parts = charter.Parts.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var clauses = charter.Clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var part in translation.Parts)
        {
            parts[part.Id].Translations.Add(new PartTranslationRecord
            {
                PartId = part.Id,
                Language = language,
                Title = part.Title,
            });

            foreach (var clause in part.Clauses)
            {
                clauses[clause.Id].Translations.Add(new ClauseTranslationRecord
                {
                    ClauseId = clause.Id,
                    Language = language,
                    Title = clause.Title,
                    Body = clause.Body,
                });
            }
        }
    }
}
