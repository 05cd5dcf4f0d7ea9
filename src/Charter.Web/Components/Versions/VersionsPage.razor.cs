using Charter.Domain.Versions;
using Charter.Web.Accounts;
using Charter.Web.Localization;
using Charter.Web.Versions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Versions;

/// <summary>
/// The list of versions with their timeline, and for stewards the form that publishes the live
/// text. Server-rendered: it works without JavaScript, and a publication is one form post.
/// </summary>
public sealed partial class VersionsPage
{
    private IReadOnlyList<CharterVersion> _versions = [];
    private bool _mayPublish;

    /// <summary>The language the latest version was published in: the one that is authoritative.</summary>
    private string? _sourceLanguage;
    private string? _published;
    private string? _error;

    [Inject]
    public required VersionStore Store { get; init; }

    [Inject]
    public required VersionPublishing Publishing { get; init; }

    [Inject]
    public required PeopleRoster Roster { get; init; }

    [Inject]
    public required IStringLocalizer<VersionsText> T { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> Authentication { get; set; }

    /// <summary>The draft page a visitor was sent here from; see <see cref="DraftVisitorRedirect"/>.</summary>
    [SupplyParameterFromQuery(Name = DraftVisitorRedirect.DraftQueryName)]
    public string? DraftUrl { get; set; }

    [SupplyParameterFromForm(FormName = "publish")]
    public PublishForm? Publish { get; set; }

    private int NextNumber => (_versions.Count == 0 ? 0 : _versions[^1].Number) + 1;

    protected override async Task OnInitializedAsync()
    {
        Publish ??= new PublishForm();
        _mayPublish = VersionPublishing.MayPublish(await CurrentPersonAsync());
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var charter = await Store.FindCharterAsync(CancellationToken.None);
        _versions = charter is null ? [] : await Store.ListAsync(charter, CancellationToken.None);
        _sourceLanguage = _versions.Count == 0 ? null
            : VersionMarkdown.Import(_versions[^1].Markdown, $"v{_versions[^1].Number}.md").Language;
    }

    private async Task PublishAsync()
    {
        if (Publish is not { Confirmed: true })
        {
            _error = T["Versions.Publish.ConfirmMissing"];
            return;
        }

        try
        {
            var version = await Publishing.PublishAsync(await CurrentPersonAsync(), Publish?.Notes, CancellationToken.None);
            _published = T["Versions.Publish.Done", version.Number];
            Publish = new PublishForm();
        }
        catch (VersionPublishException refused)
        {
            _error = T[$"Versions.Error.{refused.Code}", refused.Message];
        }
        catch (VersionConflictException conflict)
        {
            _error = T["Versions.Error.Conflict", conflict.Number];
        }

        await LoadAsync();
    }

    private async Task<PersonStanding?> CurrentPersonAsync() => await Roster.FindAsync((await Authentication).User);

    public sealed class PublishForm
    {
        public string? Notes { get; set; }

        /// <summary>The publisher ticked that this version is final and public.</summary>
        public bool Confirmed { get; set; }
    }
}
