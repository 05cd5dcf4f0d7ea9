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
/// The charter, read in the language asked for with <c>?lang=</c>, else in the interface language
/// where a translation exists, else the source (<see cref="ReadingLanguage"/>). It follows the
/// charter's shared readings (<see cref="SharedCharterReadings"/>): after every commit it takes the
/// reading every open view shares, so edits made by others show up live, and after the session
/// faults it keeps following the charter as reloaded from the store.
/// </summary>
public sealed partial class Home : IDisposable
{
    private CharterReading? _charter;
    private string? _problem;
    private CharterReadingWatch? _watch;
    private int _refreshQueued;
    private bool _live;
    private IReadOnlyDictionary<string, ClauseActivity> _activity = new Dictionary<string, ClauseActivity>();

    [Inject]
    public required CharterSessionRegistry Sessions { get; init; }

    [Inject]
    public required SharedCharterReadings Readings { get; init; }

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

        _watch = Readings.Watch(names[0], QueueRefresh);
        // Counted once per visit: text edits stream in live, amendments and ballots change far less often.
        var reader = AuthenticationState is null ? null : await Roster.FindAsync((await AuthenticationState).User);
        _activity = await Agenda.ClauseActivityAsync(names[0], reader is { IsActive: true } ? reader.Id : null);
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

    public void Dispose() => _watch?.Dispose();

    private async Task ReadAsync()
    {
        if (_watch is null)
        {
            return;
        }

        var language = ReadingLanguage.Choose(Language);
        try
        {
            _charter = await _watch.ReadAsync(language);
            _problem = null;
        }
        catch (Exception problem) when (problem is CharterUnreadableException or CharterSessionFaultedException)
        {
            _problem = problem.Message;
        }
    }

    /// <summary>
    /// Called on the session's loop after a commit or a fault: it must not wait there, so the
    /// re-read is posted to the renderer, and a burst of commits causes one re-read, not one each.
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
