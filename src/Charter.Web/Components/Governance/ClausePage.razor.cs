using System.Globalization;
using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;
using Charter.Web.Accounts;
using Charter.Web.Collaboration;
using Charter.Web.Governance;
using Charter.Web.Localization;
using Charter.Web.Reading;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Charter.Web.Components.Governance;

/// <summary>
/// One clause with its amendments (stage, diff, discussion) and its ballots (my vote, time left,
/// results). Rendered statically. Every action is its own small form (<see cref="CommandForm"/>),
/// so Enter in a text field can only submit the form that field belongs to; all of them post to
/// one handler, which runs the command the pressed button names. The services enforce
/// who may do what. A successful action redirects back to the element it acted on with a note
/// (post, redirect, get), so a reload never repeats it and the reader keeps their place.
/// </summary>
public sealed partial class ClausePage
{
    /// <summary>The name of the page's one form handler; the forms post it as <c>_handler</c>.</summary>
    public const string HandlerName = "clause-command";

    /// <summary>The source text: amendments propose changes to it, so the proposal form starts from it.</summary>
    private Clause? _clause;

    /// <summary>The clause as read (<see cref="ReadingLanguage"/>), with its translation marks.</summary>
    private ClauseReading? _shown;

    private string _shownLanguage = "";
    private string _sourceLanguage = "";
    private PersonStanding? _person;
    private string? _error;
    private string? _errorTarget;
    private List<AmendmentItem> _amendments = [];
    private List<BallotItem> _ballots = [];
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
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IStringLocalizer<AmendmentsText> T { get; init; }

    [Parameter]
    public required string Name { get; set; }

    [Parameter]
    public required string ClauseId { get; set; }

    /// <summary>What the last action did (a <see cref="ClauseCommand"/> verb), shown beside <see cref="On"/>.</summary>
    [SupplyParameterFromQuery(Name = "done")]
    public string? Done { get; set; }

    /// <summary>The element id the last action was about.</summary>
    [SupplyParameterFromQuery(Name = "on")]
    public string? On { get; set; }

    [SupplyParameterFromQuery(Name = "lang")]
    public string? Language { get; set; }

    /// <summary>"side" shows diffs side by side; inline otherwise.</summary>
    [SupplyParameterFromQuery(Name = "diff")]
    public string? DiffView { get; set; }

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; set; }

    private string PagePath => $"charters/{Uri.EscapeDataString(Name)}/clauses/{Uri.EscapeDataString(ClauseId)}";

    private bool SideBySide => DiffView == "side";

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
            var language = ReadingLanguage.Choose(Language);
            (_clause, _shown, _sourceLanguage, _shownLanguage) = await lease.Session.ReadAsync(doc =>
            {
                var source = CharterDocument.ReadSource(doc);
                var read = CharterReader.Read(doc, language);
                return (
                    source.Clauses.FirstOrDefault(c => c.Id == ClauseId),
                    read.Parts.SelectMany(p => p.Clauses).FirstOrDefault(c => c.Id == ClauseId),
                    source.Language,
                    read.Language);
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
        var views = new List<(Guid Id, BallotView View)>();
        foreach (var id in await Ballots.ForSubjectsAsync(Name, subjects))
        {
            views.Add((id, await Ballots.ViewAsync(id, _person?.Id)));
        }

        _amendments = [];
        foreach (var amendment in amendments)
        {
            var reference = amendment.Id.ToString("D", CultureInfo.InvariantCulture);
            _amendments.Add(new AmendmentItem(
                amendment,
                amendment.IsFinal ? null : await Amendments.PreviewAsync(Name, amendment.Id),
                await Amendments.CommentsAsync(amendment.Id),
                views.Where(b => b.View.Subject.Reference == reference).Select(b => b.View).LastOrDefault()));
        }

        _ballots = [.. views.Select(b => new BallotItem(b.Id, b.View, SubjectLabel(b.View.Subject)))];
        var people = amendments.Select(a => a.AuthorId).Concat(_amendments.SelectMany(a => a.Comments).Select(c => c.AuthorId)).Distinct().ToList();
        _names = await People.DisplayNamesAsync(people, CancellationToken.None);
    }

    /// <summary>Runs the command the pressed button names; every form on the page posts here.</summary>
    private async Task RunCommandAsync()
    {
        if (HttpContext is null || !HttpContext.Request.HasFormContentType)
        {
            return;
        }

        var form = HttpContext.Request.Form;
        var command = ClauseCommand.Parse(form["Command"].ToString());
        if (_person is null)
        {
            _error = T["Errors.SignIn"];
            return;
        }

        if (command is null)
        {
            _error = T["Errors.UnknownCommand"];
            return;
        }

        string? target;
        try
        {
            target = await RunAsync(command, form);
        }
        catch (Exception e) when (GovernanceRefusalText.IsRefusal(e))
        {
            (_error, _errorTarget) = (GovernanceRefusalText.Describe(e, T), command.TargetId);
            await LoadAsync();
            return;
        }
        catch (ConfirmationMissingException)
        {
            (_error, _errorTarget) = (T["Confirm.Missing"], command.TargetId);
            await LoadAsync();
            return;
        }

        var query = $"done={command.Verb}&on={Uri.EscapeDataString(target)}{(SideBySide ? "&diff=side" : "")}";
        Navigation.NavigateTo($"{PagePath}?{query}#{target}");
    }

    /// <summary>Runs one command and returns the id of the element the reader should land on.</summary>
    private async Task<string> RunAsync(ClauseCommand command, IFormCollection form)
    {
        var personId = _person!.Id;
        switch (command.Verb)
        {
            case ClauseCommand.Propose:
                return AmendmentItem.AnchorOf(await ProposeAsync(form));
            case ClauseCommand.Open:
                await Amendments.OpenAsync(command.Id, personId);
                break;
            case ClauseCommand.Withdraw:
                await Amendments.WithdrawAsync(command.Id, personId);
                break;
            case ClauseCommand.Refresh:
                await Amendments.RefreshAsync(command.Id, personId);
                break;
            case ClauseCommand.Comment:
                await Amendments.CommentAsync(command.Id, personId, form["comment"].ToString());
                break;
            case ClauseCommand.Ballot:
                return BallotItem.AnchorOf(await OpenBallotAsync(form, command.Subject));
            case ClauseCommand.Vote:
                if (command.Organisation is { } organisationId)
                {
                    await Ballots.CastForOrganisationAsync(command.Id, personId, organisationId, BallotOptions.Parse(command.Option));
                }
                else
                {
                    await Ballots.CastAsync(command.Id, personId, BallotOptions.Parse(command.Option));
                }

                break;
            case ClauseCommand.Close:
                ConfirmationMissingException.ThrowUnlessConfirmed(form);
                await Ballots.CloseEarlyAsync(command.Id, personId);
                break;
        }

        return command.TargetId;
    }

    private async Task<Guid> ProposeAsync(IFormCollection form)
    {
        var title = form["propose-clause-title"].ToString();
        var body = form["propose-clause-body"].ToString().ReplaceLineEndings("\n");
        ProposedChange change = Enum.TryParse<AmendmentKind>(form["propose-kind"], out var kind) ? kind switch
        {
            AmendmentKind.InsertClause => new InsertClause(ClauseId, form["propose-new-id"].ToString().Trim(), title, body),
            AmendmentKind.DeleteClause => new DeleteClause(ClauseId),
            _ => new ReplaceClauseText(ClauseId, title, body),
        } : throw new InvalidAmendmentException(AmendmentRefusal.UnknownKind, "Choose what the amendment does.");
        return await Amendments.ProposeAsync(Name, _person!.Id, form["propose-title"].ToString(), form["propose-rationale"].ToString(), change);
    }

    private async Task<Guid> OpenBallotAsync(IFormCollection form, string subject)
    {
        var days = int.TryParse(form["ballot-days"], CultureInfo.InvariantCulture, out var d) ? d : 7;
        var quorum = decimal.TryParse(form["ballot-quorum"], CultureInfo.InvariantCulture, out var q) ? q / 100m : 0.5m;
        var threshold = Enum.TryParse<BallotThreshold>(form["ballot-threshold"], out var t) ? t : BallotThreshold.SimpleMajority;
        // Anything but a recognised unit name is one vote per member, the default the form shows.
        var unit = form["ballot-unit"] == nameof(VotingUnit.Organisation) ? VotingUnit.Organisation : VotingUnit.Member;
        var rules = new BallotRules(quorum, threshold, form["ballot-hide"] == "true", form["ballot-secret"] == "true", unit);
        var ballotSubject = subject == ClauseCommand.ClauseSubject ? BallotSubject.ForClause(ClauseId) : BallotSubject.ForAmendment(Guid.Parse(subject));
        return await Ballots.OpenAsync(Name, ballotSubject, rules, Clock.GetUtcNow().AddDays(Math.Clamp(days, 1, 60)), _person!.Id);
    }

    private string NameOf(string personId) => _names.TryGetValue(personId, out var name) ? name : T["Amendments.FormerMember"];

    private string SubjectLabel(BallotSubject subject) =>
        subject.AmendmentId is { } id && _amendments.FirstOrDefault(a => a.Amendment.Id == id) is { } item
            ? T["Ballots.OnAmendment", item.Amendment.Title]
            : T["Ballots.OnClause"];

    /// <summary>The note for the last action, if it was about the element <paramref name="anchor"/>.</summary>
    private string? DoneNote(string anchor) =>
        On == anchor && Done is { } verb && ClauseCommand.IsVerb(verb) && _error is null ? T[$"Done.{verb}"].Value : null;

    /// <summary>The refusal, if the refused action was about the element <paramref name="anchor"/>.</summary>
    private string? ErrorFor(string anchor) => _errorTarget == anchor ? _error : null;
}
