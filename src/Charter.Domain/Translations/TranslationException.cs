namespace Charter.Domain.Translations;

/// <summary>
/// A translation operation that cannot be done: the clause or part does not exist, the translation
/// to confirm does not exist yet, or the language is not a translation language. The message says
/// which; the Doc is left unchanged.
/// </summary>
public sealed class TranslationException(string entryId, string language, string problem)
    : InvalidOperationException($"{TranslatableEntry.Describe(entryId)} ({language}): {problem}")
{
    /// <summary>The clause id, part id or <see cref="TranslatableEntry.MetaId"/> the operation was about.</summary>
    public string EntryId { get; } = entryId;

    public string Language { get; } = language;

    /// <summary>What is wrong, without the entry and language prefix.</summary>
    public string Problem { get; } = problem;
}
