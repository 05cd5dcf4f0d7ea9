using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Web.Accounts;
using Charter.Web.Collaboration;
using Charter.Web.History;
using Charter.Web.Localization;
using Charter.Web.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.History;

/// <summary>
/// One clause's current text and its earlier texts from the kept states, each with a button to
/// restore it as a new edit. Stewards see every clause's; anyone who may edit sees the history of
/// a clause they edited (<see cref="HistoryAccess"/>), and the restore checks that again.
/// </summary>
public sealed partial class ClauseHistoryPage
{
    private PersonStanding? _person;
    private IReadOnlyList<ClauseVersion> _versions = [];
    private string? _currentTitle;
    private string _currentBody = "";
    private string? _refusal;
    private string? _message;
    private string? _error;

    [Inject]
    public required CharterHistory History { get; init; }

    [Inject]
    public required HistoryAccess Access { get; init; }

    [Inject]
    public required HistoryRestore Restorer { get; init; }

    [Inject]
    public required CharterSessionRegistry Sessions { get; init; }

    [Inject]
    public required PeopleRoster Roster { get; init; }

    [Inject]
    public required IStringLocalizer<HistoryText> T { get; init; }

    [Parameter]
    public required string Name { get; set; }

    [Parameter]
    public required string ClauseId { get; set; }

    [SupplyParameterFromForm(FormName = "clause-history-restore")]
    public long? Restore { get; set; }

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _person = await Roster.FindAsync((await AuthenticationState).User);
        try
        {
            if (!await Access.MaySeeClauseAsync(_person, Name, ClauseId, CancellationToken.None))
            {
                _refusal = T["History.Clause.NotAllowed"];
                SetStatus(StatusCodes.Status403Forbidden);
                return;
            }

            await LoadAsync();
        }
        catch (CharterNotFoundException)
        {
            _refusal = T["History.NoCharter", Name];
            SetStatus(StatusCodes.Status404NotFound);
        }
    }

    private async Task LoadAsync()
    {
        await using (var lease = await Sessions.OpenAsync(Name, CancellationToken.None))
        {
            (_currentTitle, _currentBody) = await lease.Session.ReadAsync(doc =>
                doc.GetMap(CharterDocument.ClausesKey).Get(ClauseId) is YMap clause
                    ? (RestoreChanges.TextOf(clause, CharterDocument.TitleKey), RestoreChanges.TextOf(clause, CharterDocument.BodyKey))
                    : ((string?)null, ""));
        }

        _versions = ClauseVersions.From(await History.ReadAllAsync(Name, CancellationToken.None), ClauseId);
    }

    private async Task RestoreAsync()
    {
        if (Restore is { } id && _refusal is null)
        {
            (_message, _error) = await RestoreOutcome.RunAsync(T, () => Restorer.RestoreClauseAsync(Name, id, ClauseId, _person, CancellationToken.None));
            await LoadAsync();
        }
    }

    private void SetStatus(int status)
    {
        if (HttpContext is not null)
        {
            HttpContext.Response.StatusCode = status;
        }
    }
}
