using System.Text.Json;
using Charter.Crdt;
using Charter.Web.Accounts;
using Charter.Web.Agenda;
using Charter.Web.Collaboration;
using Charter.Web.Components.Charters;
using Charter.Web.Components.Pages;
using Charter.Web.Localization;
using Charter.Web.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Editing;

/// <summary>
/// The edit page: a server-rendered shell that the browser's editor code fills from the charter's
/// Y.Doc. Rendered statically, without a Blazor circuit: the document's live connection is the
/// hub, and a phone on a slow link keeps one WebSocket instead of two. Structure changes (add,
/// move, delete) therefore run in the browser's Y.Doc, which also keeps them working offline.
/// </summary>
public sealed partial class EditCharter
{
    private string? _charterName;
    private string _stringsJson = "{}";
    private bool _canEdit;
    private bool _isSteward;
    private string? _displayName;
    private string? _colour;
    private string? _firstState;
    private string _activityJson = "{}";

    [Inject]
    public required CharterDbContext Db { get; init; }

    [Inject]
    public required IStringLocalizer<EditingText> T { get; init; }

    [Inject]
    public required IStringLocalizer<AccountsText> AccountsT { get; init; }

    [Inject]
    public required IStringLocalizer<ReadingText> ReadingT { get; init; }

    [Inject]
    public required PeopleRoster Roster { get; init; }

    [Inject]
    public required AgendaService Agenda { get; init; }

    [Inject]
    public required CharterSessionRegistry Sessions { get; init; }

    /// <summary>The charter's name (its drafts file stem); the first stored charter when absent.</summary>
    [Parameter]
    public string? Name { get; set; }

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        var charters = Db.Charters.AsNoTracking();
        _charterName = await (Name is null ? charters.OrderBy(c => c.Id) : charters.Where(c => c.Name == Name))
            .Select(c => c.Name)
            .FirstOrDefaultAsync();
        if (_charterName is null)
        {
            // The router renders the not-found page with a 404 and this reason.
            NotFoundReason.Set(HttpContext, T["Edit.NotFound", Name ?? ""].Value);
            Navigation.NotFound();
            return;
        }

        var user = HttpContext?.User;
        var standing = await Roster.FindAsync(user);
        _canEdit = standing is { CanEdit: true };
        // Removing clauses is for stewards (DestructiveEditPolicy); others are not offered it.
        _isSteward = Web.History.HistoryAccess.MaySeeCharter(standing);
        _displayName = user?.FindFirst(CharterClaimTypes.DisplayName)?.Value;
        _colour = user?.FindFirst(CharterClaimTypes.PresenceColour)?.Value;

        // The Doc as it is now, in the page: the browser builds its editors from it at once, without
        // waiting for the hub's connection (on a slow link several round trips), and its join
        // then asks only for what changed since. Compressed with the page, it costs less than the
        // same bytes over the socket, which is not compressed. Left out when the browser says it
        // holds a copy already (a repeat visit): it builds from that copy instead.
        if (!HeldCopyCookie.IsPresent(HttpContext, _charterName))
        {
            await using var lease = await Sessions.OpenAsync(_charterName, HttpContext?.RequestAborted ?? default);
            _firstState = Convert.ToBase64String(await lease.Session.ReadAsync(doc => Y.EncodeStateAsUpdate(doc)));
        }

        // Beside each clause's link to its page: what is open there, and whether this person voted.
        var activity = await Agenda.ClauseActivityAsync(_charterName, standing is { IsActive: true } ? standing.Id : null, HttpContext?.RequestAborted ?? default);
        _activityJson = JsonSerializer.Serialize(activity.ToDictionary(
            a => a.Key,
            a => new { text = ClauseActivityText.Describe(a.Value, ReadingT), awaiting = a.Value.AwaitingMyVote }));

        // Every string the browser code shows, in the request's language.
        _stringsJson = JsonSerializer.Serialize(
            T.GetAllStrings(includeParentCultures: true).ToDictionary(s => s.Name, s => s.Value));
    }
}
