using Charter.Web.Accounts;
using Charter.Web.Agenda;
using Charter.Web.Collaboration;
using Charter.Web.Localization;
using Charter.Web.Reading;
using Charter.Web.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Pages;

/// <summary>
/// The charter, read in the language asked for with <c>?lang=</c> (the source by default). It
/// reads the open charter's Doc through its session and re-reads after every committed change, so
/// edits made by others show up live.
/// </summary>
public sealed partial class Home : IAsyncDisposable
{
    private CharterReading? _charter;
    private string? _problem;
    private CharterSessionLease? _lease;
    private IDisposable? _subscription;
    private int _refreshQueued;
    private bool _live;
    private IReadOnlyDictionary<string, ClauseActivity> _activity = new Dictionary<string, ClauseActivity>();

    [Inject]
    public required CharterSessionRegistry Sessions { get; init; }

    [Inject]
    public required IStringLocalizer<EditingText> EditingT { get; init; }

    [Inject]
    public required AgendaService Agenda { get; init; }

    [Inject]
    public required PeopleRoster Roster { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? AuthenticationState { get; set; }

    [SupplyParameterFromQuery(Name = "lang")]
    public string? Language { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var names = await Sessions.ListNamesAsync(CancellationToken.None);
        if (names.Count == 0)
        {
            return;
        }

        try
        {
            _lease = await Sessions.OpenAsync(names[0], CancellationToken.None);
            _subscription = _lease.Session.OnChanged(QueueRefresh);
            // Counted once per visit: text edits stream in live, amendments and ballots change far less often.
            var reader = AuthenticationState is null ? null : await Roster.FindAsync((await AuthenticationState).User);
            _activity = await Agenda.ClauseActivityAsync(names[0], reader is { IsActive: true } ? reader.Id : null);
        }
        catch (CharterUnreadableException unreadable)
        {
            _problem = unreadable.Message;
        }
    }

    protected override Task OnParametersSetAsync() => ReadAsync();

    /// <summary>Runs only in the circuit (never while prerendering), so it marks the page live.</summary>
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _live = true;
            StateHasChanged();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        if (_lease is not null)
        {
            await _lease.DisposeAsync();
        }
    }

    private async Task ReadAsync()
    {
        if (_lease is null)
        {
            return;
        }

        var language = Language;
        try
        {
            _charter = await _lease.Session.ReadAsync(doc => CharterReader.Read(doc, language));
        }
        catch (CharterSessionFaultedException faulted)
        {
            _problem = faulted.Message;
        }
    }

    /// <summary>
    /// Called on the session's loop after a commit: it must not wait there, so the re-read is
    /// posted to the renderer, and a burst of commits causes one re-read, not one each.
    /// </summary>
    private void QueueRefresh()
    {
        if (Interlocked.Exchange(ref _refreshQueued, 1) == 1)
        {
            return;
        }

        _ = InvokeAsync(async () =>
        {
            Volatile.Write(ref _refreshQueued, 0);
            await ReadAsync();
            StateHasChanged();
        });
    }
}
