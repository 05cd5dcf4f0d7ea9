using Charter.Domain.Drafts;

namespace Charter.Domain.Documents;

/// <summary>
/// A charter read out of its Doc in one language.
/// </summary>
/// <param name="Draft">The text shown; its <see cref="CharterDraft.Language"/> is the language read.</param>
/// <param name="SourceLanguage">The language the charter is written in.</param>
/// <param name="Languages">Every language it can be read in, source first, then the others in ordinal order.</param>
/// <param name="FallbackClauseIds">Clauses the translation lacks, shown in the source language instead.</param>
public sealed record LocalizedCharter(
    CharterDraft Draft,
    string SourceLanguage,
    IReadOnlyList<string> Languages,
    IReadOnlySet<string> FallbackClauseIds)
{
    public bool IsFallback(string clauseId) => FallbackClauseIds.Contains(clauseId);
}
