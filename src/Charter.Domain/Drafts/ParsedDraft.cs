namespace Charter.Domain.Drafts;

/// <summary>
/// A draft together with where things were found in its file, so checks that span several files
/// (a translation against its source) can still point at a line.
/// </summary>
/// <param name="Draft">The imported draft.</param>
/// <param name="LanguageLine">1-based line of the <c>language</c> key in the front matter.</param>
/// <param name="IdLines">1-based line of the heading that carries each part and clause id.</param>
internal sealed record ParsedDraft(CharterDraft Draft, int LanguageLine, IReadOnlyDictionary<string, int> IdLines);
