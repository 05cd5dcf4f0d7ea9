namespace Charter.Domain.Drafts;

/// <summary>
/// One charter as found in the drafts folder: its source text and its translations, keyed by
/// language tag in ordinal order.
/// </summary>
/// <param name="Name">The file name stem, such as <c>bill-of-rights</c>.</param>
public sealed record DraftSet(string Name, CharterDraft Source, IReadOnlyDictionary<string, CharterDraft> Translations);
