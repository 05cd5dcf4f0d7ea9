using System.Net;
using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Web.Accounts;
using Charter.Web.Agenda;
using Charter.Web.Governance;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Governance;

/// <summary>The agenda page and the header counts, on the real app, as a member's work comes and goes.</summary>
public sealed class AgendaTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Agenda_BallotDraftAndOpenAmendment_ListedUntilDoneAndCountedInTheHeader()
    {
        await using var app = new CharterAppFactory(_database);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clauseId = GovernanceTestCharter.FirstClauseId();
        var (title, body) = await GovernanceTestCharter.ClauseAsync(app, charter, clauseId);
        var member = await TestPeople.CreateAsync(app, CharterRole.Member, "Marta", language: "es");
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var amendments = app.Services.GetRequiredService<AmendmentService>();
        var ballots = app.Services.GetRequiredService<BallotService>();
        var draft = await amendments.ProposeAsync(charter, member.Id, "Mi borrador", "Por qué.", new ReplaceClauseText(clauseId, title, body + " Uno."));
        var open = await amendments.ProposeAsync(charter, steward.Id, "En debate", "Por qué.", new ReplaceClauseText(clauseId, title, body + " Dos."));
        await amendments.OpenAsync(open, steward.Id);
        var ballot = await ballots.OpenAsync(charter, BallotSubject.ForAmendment(open), new BallotRules(0.5m, BallotThreshold.SimpleMajority, false, false),
            new DateTimeOffset(2031, 3, 14, 18, 0, 0, TimeSpan.Zero), steward.Id);
        var client = await TestPeople.SignedInClientAsync(app, member);

        var before = WebUtility.HtmlDecode(await client.GetStringAsync("/agenda"));
        await ballots.CastAsync(ballot, member.Id, BallotOption.No);
        await amendments.OpenAsync(draft, member.Id);
        var after = WebUtility.HtmlDecode(await client.GetStringAsync("/agenda"));

        Assert.Contains("Lo que me toca", before, StringComparison.Ordinal);
        Assert.Contains($"data-ballot=\"{ballot}\" data-voted=\"false\"", before, StringComparison.Ordinal);
        Assert.Contains("cierra el 14 mar 2031, 18:00 UTC", before, StringComparison.Ordinal);
        Assert.Contains("No has votado", before, StringComparison.Ordinal);
        Assert.Contains($"data-amendment=\"{draft}\"", before, StringComparison.Ordinal);
        Assert.Contains("data-needs-me=\"2\"", before, StringComparison.Ordinal);
        Assert.Contains("href=\"agenda\" data-count=\"2\"", before, StringComparison.Ordinal);
        Assert.Contains($"data-ballot=\"{ballot}\" data-voted=\"true\"", after, StringComparison.Ordinal);
        Assert.Contains("data-needs-me=\"0\"", after, StringComparison.Ordinal);
        Assert.Contains("No tienes borradores.", after, StringComparison.Ordinal);
        Assert.Contains($"data-amendment=\"{draft}\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClauseActivity_AmendmentBallotAndClauseBallot_CountedOnTheirClausesWithEachReadersVote()
    {
        await using var app = new CharterAppFactory(_database);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clauses = RepositoryDrafts.Load()[0].Source.Clauses.Take(3).Select(c => c.Id).ToList();
        var (title, body) = await GovernanceTestCharter.ClauseAsync(app, charter, clauses[0]);
        var member = await TestPeople.CreateAsync(app, CharterRole.Member, "Marta");
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var amendments = app.Services.GetRequiredService<AmendmentService>();
        var ballots = app.Services.GetRequiredService<BallotService>();
        var rules = new BallotRules(0.5m, BallotThreshold.SimpleMajority, false, false);
        var deadline = new DateTimeOffset(2031, 3, 14, 18, 0, 0, TimeSpan.Zero);
        var open = await amendments.ProposeAsync(charter, steward.Id, "En debate", "Por qué.", new ReplaceClauseText(clauses[0], title, body + " Dos."));
        await amendments.OpenAsync(open, steward.Id);
        await amendments.ProposeAsync(charter, member.Id, "Mi borrador", "Por qué.", new ReplaceClauseText(clauses[0], title, body + " Uno."));
        await ballots.OpenAsync(charter, BallotSubject.ForAmendment(open), rules, deadline, steward.Id);
        var clauseBallot = await ballots.OpenAsync(charter, BallotSubject.ForClause(clauses[1]), rules, deadline, steward.Id);
        await ballots.CastAsync(clauseBallot, member.Id, BallotOption.Yes);
        var agenda = app.Services.GetRequiredService<AgendaService>();

        var forMember = await agenda.ClauseActivityAsync(charter, member.Id);
        var forVisitor = await agenda.ClauseActivityAsync(charter, null);

        // The draft is its author's until opened: it is not "open" beside the clause.
        Assert.Equal(new ClauseActivity(OpenAmendments: 1, OpenBallots: 1, AwaitingMyVote: 1, MyVotesCast: 0), forMember[clauses[0]]);
        Assert.Equal(new ClauseActivity(OpenAmendments: 0, OpenBallots: 1, AwaitingMyVote: 0, MyVotesCast: 1), forMember[clauses[1]]);
        Assert.False(forMember.ContainsKey(clauses[2]));
        Assert.Equal(new ClauseActivity(OpenAmendments: 1, OpenBallots: 1, AwaitingMyVote: 0, MyVotesCast: 0), forVisitor[clauses[0]]);
    }

    public void Dispose() => _database.Dispose();
}
