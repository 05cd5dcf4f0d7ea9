using Charter.Web.Accounts;
using Charter.Web.History;
using Charter.Web.Localization;
using Charter.Web.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.History;

/// <summary>
/// The whole charter's kept states, newest first, each with a link to read it and a button to
/// restore it (stewards only; see docs/HISTORY.md). Rendered statically: a restore is one form
/// post, and <see cref="HistoryRestore"/> checks the standing again before changing anything.
/// </summary>
public sealed partial class CharterHistoryPage
{
    private PersonStanding? _person;
    private IReadOnlyList<HistoryEntry> _entries = [];
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

    [SupplyParameterFromForm(FormName = "history-restore")]
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

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _entries = await History.ListAsync(Name, CancellationToken.None);
        }
        catch (CharterNotFoundException)
        {
            _refusal = T["History.NoCharter", Name];
            SetStatus(StatusCodes.Status404NotFound);
        }
    }

    private async Task RestoreAsync()
    {
        if (Restore is not { } id || _refusal is not null)
        {
            return;
        }

        (_message, _error) = await RestoreOutcome.RunAsync(T, () => Restorer.RestoreCharterAsync(Name, id, _person, CancellationToken.None));
        await LoadAsync();
    }

    private void SetStatus(int status)
    {
        if (HttpContext is not null)
        {
            HttpContext.Response.StatusCode = status;
        }
    }
}
