using Charter.Domain.Diffs;
using Charter.Domain.Translations;
using Charter.Web.Localization;
using Charter.Web.Reading;
using Charter.Web.Versions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Versions;

/// <summary>
/// Two published versions compared clause by clause at <c>/compare/A...B</c>. The picker on the
/// versions page submits <c>/compare?from=A&amp;to=B</c>, which redirects to that address.
/// Each side is read back from its own published Markdown, in the reading language
/// (<see cref="ReadingLanguage"/>) when both versions were published with that translation, so a
/// Spanish reader sees what changed in the Spanish text; in the source otherwise.
/// </summary>
public sealed partial class ComparePage
{
    /// <summary>The language the compared versions were published in.</summary>
    private string _sourceLanguage = "";

    /// <summary>The language of the compared text; the source's when no translation is compared.</summary>
    private string _shownLanguage = "";

    /// <summary>The newer version's translation carries clauses that are out of date.</summary>
    private bool _shownIsStale;
    private ComparedTranslation? _translation;

    private CharterComparison? _comparison;
    private string _title = "";

    [Inject]
    public required VersionStore Store { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IStringLocalizer<VersionsText> T { get; init; }

    [Parameter]
    public int? From { get; set; }

    [Parameter]
    public int? To { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public int? FromQuery { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public int? ToQuery { get; set; }

    [SupplyParameterFromQuery(Name = "lang")]
    public string? Language { get; set; }

    [SupplyParameterFromQuery(Name = "view")]
    public string? View { get; set; }

    private bool SideBySide => View == "side";

    protected override async Task OnParametersSetAsync()
    {
        if (From is null && FromQuery is { } from && ToQuery is { } to)
        {
            Navigation.NavigateTo($"compare/{from}...{to}");
            return;
        }

        _title = T["Versions.Compare.Heading"];
        var charter = await Store.FindCharterAsync(CancellationToken.None);
        if (charter is null || From is not { } older || To is not { } newer || older == newer)
        {
            return;
        }

        var first = await Store.FindAsync(charter, older, CancellationToken.None);
        var second = await Store.FindAsync(charter, newer, CancellationToken.None);
        if (first is null || second is null)
        {
            return;
        }

        var language = ReadingLanguage.Choose(Language);
        var (before, after) = (VersionInLanguage.Read(first, language), VersionInLanguage.Read(second, language));
        var translated = before.Translation is not null && after.Translation is not null;
        _comparison = translated ? CharterComparer.Compare(before.Shown, after.Shown) : CharterComparer.Compare(before.Source, after.Source);
        _sourceLanguage = after.Source.Language;
        _shownLanguage = translated ? after.Shown.Language : _sourceLanguage;
        _shownIsStale = translated && after.Translation!.StaleEntryIds.Count > 0;
        _translation = translated
            ? new ComparedTranslation(_sourceLanguage, new HashSet<string>(), after.Translation!.StaleEntryIds.ToDictionary(id => id, _ => TranslationState.Stale))
            : null;
        _title = T["Compare.PageTitle", newer, older];
    }
}
