using Charter.Crdt;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;
using Charter.Web.Accounts;
using Charter.Web.History;
using Charter.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.History;

/// <summary>One kept state of the charter, read in its source language, with a button to restore it (stewards only).</summary>
public sealed partial class HistoryStatePage
{
    private PersonStanding? _person;
    private KeptState? _state;
    private CharterDraft? _draft;
    private string? _refusal;
    private string? _message;
    private string? _error;

    [Inject]
    public required CharterHistory History { get; init; }

    [Inject]
    public required HistoryRestore Restorer { get; init; }

    [Inject]
    public required PeopleRoster Roster { get; init; }

    [Inject]
    public required IStringLocalizer<HistoryText> T { get; init; }

    [Parameter]
    public required string Name { get; set; }

    [Parameter]
    public long EntryId { get; set; }

    [SupplyParameterFromForm(FormName = "history-state-restore")]
    public long? Restore { get; set; }

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _person = await Roster.FindAsync((await AuthenticationState).User);
        if (!HistoryAccess.MaySeeCharter(_person))
        {
            _refusal = T["History.NotAllowed"];
            SetStatus(StatusCodes.Status403Forbidden);
            return;
        }

        _state = await History.FindAsync(Name, EntryId, CancellationToken.None);
        if (_state is null)
        {
            _refusal = T["History.State.NotFound"];
            SetStatus(StatusCodes.Status404NotFound);
            return;
        }

        var doc = new Doc();
        Y.ApplyUpdate(doc, _state.State);
        _draft = CharterDocument.ReadSource(doc);
    }

    private async Task RestoreAsync()
    {
        if (Restore is { } id && _refusal is null)
        {
            (_message, _error) = await RestoreOutcome.RunAsync(T, () => Restorer.RestoreCharterAsync(Name, id, _person, CancellationToken.None));
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
