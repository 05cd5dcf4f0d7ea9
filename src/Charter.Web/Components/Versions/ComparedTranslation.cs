using Charter.Domain.Translations;

namespace Charter.Web.Components.Versions;

/// <summary>
/// How the clauses on the newer side of a comparison stand in the translation shown, for the marks
/// the read view also shows: which are shown in the source language instead, and each translated
/// clause's state (a published version knows only which were out of date when it was published).
/// </summary>
public sealed record ComparedTranslation(
    string SourceLanguage, IReadOnlySet<string> FallbackClauseIds, IReadOnlyDictionary<string, TranslationState> States)
{
    public TranslationState? StateOf(string clauseId) => States.TryGetValue(clauseId, out var state) ? state : null;
}
