namespace Charter.Domain.Versions;

/// <summary>A translation as published with a version.</summary>
/// <param name="Language">Its language tag, such as <c>es</c>.</param>
/// <param name="Markdown">Its version Markdown (<see cref="VersionMarkdown.WriteTranslation"/>).</param>
/// <param name="StaleEntryIds">What was translated but not confirmed against the source as it is now: <c>meta</c> (title and preamble), part ids, clause ids.</param>
public sealed record VersionTranslation(string Language, string Markdown, IReadOnlyList<string> StaleEntryIds);
