using Charter.Domain.Drafts;

namespace Charter.Domain.Documents;

/// <summary>
/// A charter read out of its Doc in one language. Whatever the translation lacks (or has left
/// empty) is shown in the source language instead, and is named here so readers can mark it.
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
    /// <summary>Parts whose title the translation lacks, shown in the source language instead.</summary>
    public IReadOnlySet<string> FallbackPartIds { get; init; } = new HashSet<string>();

    /// <summary>The charter's title is shown in the source language: the translation lacks one.</summary>
    public bool TitleIsFallback { get; init; }

    /// <summary>The preamble is shown in the source language: the translation lacks one.</summary>
    public bool PreambleIsFallback { get; init; }

    /// <summary>Whether the clause or part <paramref name="id"/> is shown in the source language.</summary>
    public bool IsFallback(string id) => FallbackClauseIds.Contains(id) || FallbackPartIds.Contains(id);
}
