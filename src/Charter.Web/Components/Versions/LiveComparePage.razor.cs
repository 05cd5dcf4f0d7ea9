using Charter.Domain.Diffs;
using Charter.Domain.Documents;
using Charter.Domain.Versions;
using Charter.Web.Collaboration;
using Charter.Web.Localization;
using Charter.Web.Versions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Versions;

/// <summary>
/// The live draft (read from the charter's Doc on its session) against the latest published
/// version: what the next publication would change.
/// </summary>
public sealed partial class LiveComparePage
{
    private CharterComparison? _comparison;
    private int? _latest;
    private string _title = "";

    [Inject]
    public required VersionStore Store { get; init; }

    [Inject]
    public required CharterSessionRegistry Sessions { get; init; }

    [Inject]
    public required IStringLocalizer<VersionsText> T { get; init; }

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
        var live = await lease.Session.ReadAsync(CharterDocument.ReadSource);
        _comparison = CharterComparer.Compare(VersionMarkdown.Import(latest.Markdown, $"v{latest.Number}.md"), live);
        _latest = latest.Number;
        _title = T["Compare.LiveTitle", latest.Number];
    }
}
