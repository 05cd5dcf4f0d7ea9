namespace Charter.Domain.Translations;

/// <summary>
/// A clause translation operation that cannot be done: the clause does not exist, the translation
/// to confirm does not exist yet, or the language is not a translation language. The message says
/// which; the Doc is left unchanged.
/// </summary>
public sealed class ClauseTranslationException(string clauseId, string language, string problem)
    : InvalidOperationException($"Clause '{clauseId}' ({language}): {problem}")
{
    public string ClauseId { get; } = clauseId;

    public string Language { get; } = language;

    /// <summary>What is wrong, without the clause and language prefix.</summary>
    public string Problem { get; } = problem;
}
