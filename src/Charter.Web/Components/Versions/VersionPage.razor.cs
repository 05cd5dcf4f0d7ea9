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
/// permalink per clause: <c>/v/N#c-xxxx</c>. A published translation is shown in the language the
/// home page would read (<see cref="ReadingLanguage"/>), falling back to the source for clauses it lacks.
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

        var read = VersionInLanguage.Read(_version, ReadingLanguage.Choose(Language));
        _reading = Reading(read, [read.Source.Language, .. _version.Translations.Select(t => t.Language)]);
        _title = T["Version.PageTitle", Number, _reading.Title];
    }

    /// <summary>The version as read; clauses the translation carries as stale are marked stale.</summary>
    private static CharterReading Reading(VersionInLanguage read, IReadOnlyList<string> languages)
    {
        var stale = read.Translation?.StaleEntryIds ?? [];
        var parts = read.Shown.Parts.Select(part => new PartReading(
            part.Id,
            part.Title,
            [.. part.Clauses.Select(c => new ClauseReading(
                c.Id,
                c.Title,
                c.Body,
                IsFallback: read.FallbackIds.Contains(c.Id),
                Translation: stale.Contains(c.Id) ? TranslationState.Stale : null))])).ToList();
        return new CharterReading(read.Shown.Language, read.Source.Language, languages, read.Shown.Title, read.Shown.Preamble, parts);
    }
}
