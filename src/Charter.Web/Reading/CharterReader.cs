using Charter.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Reading;

/// <summary>Reads the stored charter for display, in its source language or a translation.</summary>
public sealed class CharterReader(CharterDbContext db)
{
    /// <summary>
    /// The first stored charter in <paramref name="language"/>, falling back clause by clause to the
    /// source text where the translation lacks one; the source itself when the language is null or
    /// unknown. Null when nothing is stored.
    /// </summary>
    public async Task<CharterReading?> ReadAsync(string? language, CancellationToken cancellationToken)
    {
        var charter = await db.Charters
            .AsNoTracking()
            .AsSplitQuery()
            .Include(c => c.Translations)
            .Include(c => c.Parts).ThenInclude(p => p.Translations)
            .Include(c => c.Clauses).ThenInclude(c => c.Translations)
            .OrderBy(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (charter is null)
        {
            return null;
        }

        var languages = new[] { charter.SourceLanguage }
            .Concat(charter.Translations.Select(t => t.Language).Order(StringComparer.Ordinal))
            .ToList();
        var charterTranslation = charter.Translations.FirstOrDefault(t => t.Language == language);
        if (charterTranslation is null)
        {
            return Read(charter, charter.SourceLanguage, charter.Title, charter.Preamble, languages);
        }

        return Read(charter, charterTranslation.Language, charterTranslation.Title, charterTranslation.Preamble, languages);
    }

    private static CharterReading Read(
        CharterRecord charter, string language, string title, string preamble, IReadOnlyList<string> languages)
    {
        var clausesByPart = charter.Clauses
            .OrderBy(c => c.Position)
            .ToLookup(c => c.PartId, StringComparer.Ordinal);
        var parts = charter.Parts
            .OrderBy(p => p.Position)
            .Select(part => new PartReading(
                part.Id,
                part.Translations.FirstOrDefault(t => t.Language == language)?.Title ?? part.Title,
                clausesByPart[part.Id].Select(clause => ReadClause(clause, language, charter.SourceLanguage)).ToList()))
            .ToList();
        return new CharterReading(language, charter.SourceLanguage, languages, title, preamble, parts);
    }

    private static ClauseReading ReadClause(ClauseRecord clause, string language, string sourceLanguage)
    {
        if (language == sourceLanguage)
        {
            return new ClauseReading(clause.Id, clause.Title, clause.Body);
        }

        var translation = clause.Translations.FirstOrDefault(t => t.Language == language);
        return translation is not null
            ? new ClauseReading(clause.Id, translation.Title, translation.Body)
            : new ClauseReading(clause.Id, clause.Title, clause.Body, IsFallback: true);
    }
}
