using System.Globalization;
using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;
using Charter.Web.Accounts;
using Charter.Web.Collaboration;
using Charter.Web.Governance;
using Charter.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Governance;

/// <summary>
/// One clause with its amendments (both diffs, status, discussion) and its ballots (my vote, time
/// left, results). Rendered statically: every action is one form post naming its command, so it
/// works on a slow phone without a live circuit, and the services enforce who may do what.
/// </summary>
public sealed partial class ClausePage
{
    private Clause? _clause;
    private string _sourceLanguage = "";
    private PersonStanding? _person;
    private string? _error;
    private List<AmendmentItem> _amendments = [];
    private List<(Guid Id, BallotView Ballot)> _ballots = [];
    private IReadOnlyDictionary<string, string> _names = new Dictionary<string, string>();

    [Inject]
    public required CharterSessionRegistry Sessions { get; init; }

    [Inject]
    public required AmendmentService Amendments { get; init; }

    [Inject]
    public required BallotService Ballots { get; init; }

    [Inject]
    public required GovernancePeople People { get; init; }

    [Inject]
    public required PeopleRoster Roster { get; init; }

    [Inject]
    public required TimeProvider Clock { get; init; }

    [Inject]
    public required IStringLocalizer<AmendmentsText> T { get; init; }

    [Parameter]
    public required string Name { get; set; }

    [Parameter]
    public required string ClauseId { get; set; }

    [SupplyParameterFromForm(FormName = "clause-command")]
    public string? Command { get; set; }

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _person = await Roster.FindAsync((await AuthenticationState).User);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            await using var lease = await Sessions.OpenAsync(Name, CancellationToken.None);
            (_clause, _sourceLanguage) = await lease.Session.ReadAsync(doc =>
            {
                var source = CharterDocument.ReadSource(doc);
                return (source.Clauses.FirstOrDefault(c => c.Id == ClauseId), source.Language);
            });
        }
        catch (Storage.CharterNotFoundException)
        {
            _clause = null;
        }

        if (_clause is null)
        {
            if (HttpContext is not null)
            {
                HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            }

            return;
        }

        await Amendments.CheckConflictsAsync(Name);
        var amendments = await Amendments.ForClauseAsync(Name, ClauseId);
        var subjects = amendments.Select(a => a.Id.ToString("D", CultureInfo.InvariantCulture)).Append(ClauseId).ToList();
        _ballots = [];
        foreach (var id in await Ballots.ForSubjectsAsync(Name, subjects))
        {
            _ballots.Add((id, await Ballots.ViewAsync(id, _person?.Id)));
        }

        _amendments = [];
        foreach (var amendment in amendments)
        {
            var reference = amendment.Id.ToString("D", CultureInfo.InvariantCulture);
            _amendments.Add(new AmendmentItem(
                amendment,
                amendment.IsFinal ? null : await Amendments.PreviewAsync(Name, amendment.Id),
                await Amendments.CommentsAsync(amendment.Id),
                _ballots.Any(b => b.Ballot.Subject.Reference == reference && !b.Ballot.Report.IsClosed)));
        }

        var people = amendments.Select(a => a.AuthorId).Concat(_amendments.SelectMany(a => a.Comments).Select(c => c.AuthorId)).Distinct().ToList();
        _names = await People.DisplayNamesAsync(people, CancellationToken.None);
    }

    private async Task RunCommandAsync()
    {
        if (_person is null || HttpContext is null || Command is null)
        {
            _error = T["Errors.SignIn"];
            return;
        }

        var form = HttpContext.Request.Form;
        var parts = Command.Split(':');
        try
        {
            switch (parts[0])
            {
                case "propose":
                    await ProposeAsync(form);
                    break;
                case "open":
                    await Amendments.OpenAsync(Guid.Parse(parts[1]), _person.Id);
                    break;
                case "withdraw":
                    await Amendments.WithdrawAsync(Guid.Parse(parts[1]), _person.Id);
                    break;
                case "refresh":
                    await Amendments.RefreshAsync(Guid.Parse(parts[1]), _person.Id);
                    break;
                case "comment":
                    await Amendments.CommentAsync(Guid.Parse(parts[1]), _person.Id, form[$"comment-{parts[1]}"].ToString());
                    break;
                case "ballot":
                    await OpenBallotAsync(form, parts[1]);
                    break;
                case "vote":
                    await Ballots.CastAsync(Guid.Parse(parts[1]), _person.Id, BallotOptions.Parse(parts[2]));
                    break;
                case "close":
                    await Ballots.CloseEarlyAsync(Guid.Parse(parts[1]), _person.Id);
                    break;
                default:
                    _error = T["Errors.UnknownCommand"];
                    break;
            }
        }
        catch (Exception e) when (GovernanceRefusalText.IsRefusal(e))
        {
            _error = GovernanceRefusalText.Describe(e, T);
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException)
        {
            _error = T["Errors.UnknownCommand"];
        }

        await LoadAsync();
    }

    private async Task ProposeAsync(IFormCollection form)
    {
        var title = form["propose-clause-title"].ToString();
        var body = form["propose-clause-body"].ToString().ReplaceLineEndings("\n");
        ProposedChange change = Enum.TryParse<AmendmentKind>(form["propose-kind"], out var kind) ? kind switch
        {
            AmendmentKind.InsertClause => new InsertClause(ClauseId, form["propose-new-id"].ToString().Trim(), title, body),
            AmendmentKind.DeleteClause => new DeleteClause(ClauseId),
            _ => new ReplaceClauseText(ClauseId, title, body),
        } : throw new InvalidAmendmentException(AmendmentRefusal.UnknownKind, "Choose what the amendment does.");
        await Amendments.ProposeAsync(Name, _person!.Id, form["propose-title"].ToString(), form["propose-rationale"].ToString(), change);
    }

    private async Task OpenBallotAsync(IFormCollection form, string subject)
    {
        var days = int.TryParse(form["ballot-days"], CultureInfo.InvariantCulture, out var d) ? d : 7;
        var quorum = decimal.TryParse(form["ballot-quorum"], CultureInfo.InvariantCulture, out var q) ? q / 100m : 0.5m;
        var threshold = Enum.TryParse<BallotThreshold>(form["ballot-threshold"], out var t) ? t : BallotThreshold.SimpleMajority;
        var rules = new BallotRules(quorum, threshold, form["ballot-hide"] == "true", form["ballot-secret"] == "true");
        var ballotSubject = subject == "clause" ? BallotSubject.ForClause(ClauseId) : BallotSubject.ForAmendment(Guid.Parse(subject));
        await Ballots.OpenAsync(Name, ballotSubject, rules, Clock.GetUtcNow().AddDays(Math.Clamp(days, 1, 60)), _person!.Id);
    }

    private string NameOf(string personId) => _names.TryGetValue(personId, out var name) ? name : T["Amendments.FormerMember"];

    private string SubjectLabel(BallotSubject subject) =>
        subject.AmendmentId is { } id && _amendments.FirstOrDefault(a => a.Amendment.Id == id) is { } item
            ? T["Ballots.OnAmendment", item.Amendment.Title]
            : T["Ballots.OnClause"];

    private string FormatTimeLeft(TimeSpan left) =>
        left.TotalDays >= 1 ? T["Time.Days", (int)left.TotalDays, left.Hours] : T["Time.Hours", (int)left.TotalHours, left.Minutes];

    private sealed record AmendmentItem(Amendment Amendment, MergePreview? Preview, IReadOnlyList<AmendmentCommentRecord> Comments, bool HasOpenBallot);
}
