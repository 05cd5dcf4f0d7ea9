using Charter.Domain.Diffs;
using Charter.Domain.Documents;
using Charter.Domain.Translations;
using Charter.Web.Collaboration;
using Charter.Web.Localization;
using Charter.Web.Reading;
using Charter.Web.Versions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Versions;

/// <summary>
/// The live draft (read from the charter's Doc on its session) against the latest published
/// version: what the next publication would change. In the reading language
/// (<see cref="ReadingLanguage"/>) when both the draft and the version have that translation,
/// clauses the draft's translation lacks read from the source on both sides; in the source otherwise.
/// </summary>
public sealed partial class LiveComparePage
{
    private CharterComparison? _comparison;
    private string _sourceLanguage = "";
    private string _shownLanguage = "";
    private ComparedTranslation? _translation;
    private int? _latest;
    private string _title = "";

    [Inject]
    public required VersionStore Store { get; init; }

    [Inject]
    public required CharterSessionRegistry Sessions { get; init; }

    [Inject]
    public required IStringLocalizer<VersionsText> T { get; init; }

    [SupplyParameterFromQuery(Name = "lang")]
    public string? Language { get; set; }

    [SupplyParameterFromQuery(Name = "view")]
    public string? View { get; set; }

    private bool SideBySide => View == "side";

    protected override async Task OnParametersSetAsync()
    {
        _title = T["Versions.LiveVsLatest"];
        var charter = await Store.FindCharterAsync(CancellationToken.None);
        var latest = charter is null ? null : await Store.FindLatestAsync(charter, CancellationToken.None);
        if (latest is null)
        {
            return;
        }

        await using var lease = await Sessions.OpenAsync(charter!.Name, CancellationToken.None);
        var language = ReadingLanguage.Choose(Language);
        // One read, so the marks are those of the very text compared.
        var (live, states) = await lease.Session.ReadAsync(doc =>
        {
            var read = CharterDocument.Read(doc, language);
            return (read, read.Draft.Language == read.SourceLanguage ? null : CharterTranslations.StatesFor(doc, read.Draft.Language));
        });
        var published = VersionInLanguage.Read(latest, language);
        var translated = published.Translation is not null && live.Draft.Language == published.Shown.Language;
        _comparison = translated
            ? CharterComparer.Compare(published.Shown, live.Draft)
            : CharterComparer.Compare(published.Source, await lease.Session.ReadAsync(CharterDocument.ReadSource));
        _sourceLanguage = published.Source.Language;
        _shownLanguage = translated ? live.Draft.Language : _sourceLanguage;
        _translation = translated
            ? new ComparedTranslation(_sourceLanguage, live.FallbackClauseIds, states!)
            : null;
        _latest = latest.Number;
        _title = T["Compare.LiveTitle", latest.Number];
    }
}
