using Charter.Domain.Diffs;
using Charter.Domain.Versions;
using Charter.Web.Localization;
using Charter.Web.Versions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Versions;

/// <summary>
/// Two published versions compared clause by clause at <c>/compare/A...B</c>. The picker on the
/// versions page submits <c>/compare?from=A&amp;to=B</c>, which redirects to that address.
/// Each side is read back from its own published Markdown.
/// </summary>
public sealed partial class ComparePage
{
    /// <summary>The language the compared versions were published in.</summary>
    private string _sourceLanguage = "";

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

        var newerDraft = VersionMarkdown.Import(second.Markdown, $"v{newer}.md");
        _comparison = CharterComparer.Compare(VersionMarkdown.Import(first.Markdown, $"v{older}.md"), newerDraft);
        _sourceLanguage = newerDraft.Language;
        _title = T["Compare.PageTitle", newer, older];
    }
}
