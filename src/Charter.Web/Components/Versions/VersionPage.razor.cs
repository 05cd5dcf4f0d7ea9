using Charter.Domain.Drafts;
using Charter.Domain.Translations;
using Charter.Domain.Versions;
using Charter.Web.Localization;
using Charter.Web.Reading;
using Charter.Web.Versions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Versions;

/// <summary>
/// One published version, rendered from its own stored Markdown (not from the live Doc), with a
/// permalink per clause: <c>/v/N#c-xxxx</c>. <c>?lang=</c> shows a published translation, falling
/// back to the source for clauses it lacks, as the home page does.
/// </summary>
public sealed partial class VersionPage
{
    private CharterVersion? _version;
    private CharterReading? _reading;
    private string _title = "";

    /// <summary>How many clauses the shown translation carries as stale; its part titles and preamble are in the download.</summary>
    private int StaleCount => _reading?.Parts.Sum(p => p.Clauses.Count(c => c.Translation == TranslationState.Stale)) ?? 0;

    [Inject]
    public required VersionStore Store { get; init; }

    [Inject]
    public required IStringLocalizer<VersionsText> T { get; init; }

    [Parameter]
    public int Number { get; set; }

    [SupplyParameterFromQuery(Name = "lang")]
    public string? Language { get; set; }

    /// <summary>The draft page a visitor was sent here from; see <see cref="DraftVisitorRedirect"/>.</summary>
    [SupplyParameterFromQuery(Name = DraftVisitorRedirect.DraftQueryName)]
    public string? DraftUrl { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _title = T["Version.NotFound", Number];
        var charter = await Store.FindCharterAsync(CancellationToken.None);
        _version = charter is null ? null : await Store.FindAsync(charter, Number, CancellationToken.None);
        if (_version is null)
        {
            return;
        }

        var source = VersionMarkdown.Import(_version.Markdown, $"v{Number}.md");
        var translation = _version.Translations.FirstOrDefault(t => t.Language == Language);
        var shown = translation is null ? null : VersionMarkdown.Import(translation.Markdown, $"v{Number}.{translation.Language}.md");
        _reading = Reading(source, shown, translation?.StaleEntryIds ?? [], [source.Language, .. _version.Translations.Select(t => t.Language)]);
        _title = T["Version.PageTitle", Number, _reading.Title];
    }

    /// <summary>The version as read; clauses the translation carries as stale are marked stale.</summary>
    private static CharterReading Reading(
        CharterDraft source, CharterDraft? translation, IReadOnlyCollection<string> staleEntryIds, IReadOnlyList<string> languages)
    {
        var translated = translation?.Clauses.ToDictionary(c => c.Id, StringComparer.Ordinal) ?? [];
        var partTitles = translation?.Parts.ToDictionary(p => p.Id, p => p.Title, StringComparer.Ordinal) ?? [];
        var parts = source.Parts.Select(part => new PartReading(
            part.Id,
            partTitles.GetValueOrDefault(part.Id, part.Title),
            [.. part.Clauses.Select(c => translated.TryGetValue(c.Id, out var t)
                ? new ClauseReading(c.Id, t.Title, t.Body, Translation: staleEntryIds.Contains(c.Id) ? TranslationState.Stale : null)
                : new ClauseReading(c.Id, c.Title, c.Body, IsFallback: translation is not null))])).ToList();
        return new CharterReading(
            translation?.Language ?? source.Language,
            source.Language,
            languages,
            translation?.Title ?? source.Title,
            translation?.Preamble ?? source.Preamble,
            parts);
    }
}
