namespace Charter.Domain.Versions;

/// <summary>A translation as published with a version.</summary>
/// <param name="Language">Its language tag, such as <c>es</c>.</param>
/// <param name="Markdown">Its version Markdown (<see cref="VersionMarkdown.WriteTranslation"/>).</param>
/// <param name="StaleClauseIds">Clauses whose source changed after this translation was confirmed.</param>
public sealed record VersionTranslation(string Language, string Markdown, IReadOnlyList<string> StaleClauseIds);
