using Charter.Domain.Ballots;
using Charter.Web.Accounts;
using Charter.Web.Agenda;
using Charter.Web.Audit;
using Charter.Web.Governance;
using Charter.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Governance;

/// <summary>
/// Per-organisation ballots over the real app and database: the electorate is the organisations
/// with an active delegate, any of its delegates casts its one vote, and the rest is a ballot.
/// </summary>
public sealed class OrganisationBallotTests : IDisposable
{
    private static readonly Dictionary<string, string> QuietDeadlines = new() { ["Charter:Governance:DeadlinePollInterval"] = "01:00:00" };

    private static readonly BallotRules PerOrganisation =
        new(0.5m, BallotThreshold.SimpleMajority, HideResultsUntilClose: false, Secret: false, VotingUnit.Organisation);

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Open_ElectorateIsOrganisationsWithAnActiveDelegate_AndTheirDelegatesAreTold()
    {
        await using var app = new CharterAppFactory(_database, settings: QuietDeadlines);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var ana = await TestPeople.CreateAsync(app, CharterRole.Member, "Ana");
        var observer = await TestPeople.CreateAsync(app, CharterRole.Observer, "Olga");
        var bystander = await TestPeople.CreateAsync(app, CharterRole.Member, "Bruno");
        var red = await TestOrganisations.CreateAsync(app, steward, "Red", ana);
        await TestOrganisations.CreateAsync(app, steward, "Observers only", observer);
        var noDelegates = await TestOrganisations.CreateAsync(app, steward, "No delegates");
        await TestOrganisations.AddMemberAsync(app, steward, noDelegates, bystander);

        var ballotId = await OpenAsync(app, steward, PerOrganisation);

        await using var db = OpenGovernance();
        var record = await db.Ballots.SingleAsync(b => b.Id == ballotId);
        Assert.Equal(VotingUnit.Organisation, record.Unit);
        Assert.Equal(red.ToString("D"), record.Electorate);
        var notifications = app.Services.GetRequiredService<NotificationService>();
        Assert.Contains(await notifications.UnreadAsync(ana.Id), n => n.Kind == NotificationKinds.BallotOpened);
        Assert.DoesNotContain(await notifications.UnreadAsync(bystander.Id), n => n.Kind == NotificationKinds.BallotOpened);
        var opened = Assert.Single(await AuditAsync(app, AuditActions.BallotOpened));
        Assert.Contains("per organisation", opened.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_NoOrganisationHasADelegate_IsRefused()
    {
        await using var app = new CharterAppFactory(_database, settings: QuietDeadlines);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        await TestOrganisations.CreateAsync(app, steward, "Empty");

        var refusal = await Assert.ThrowsAsync<InvalidBallotException>(() => OpenAsync(app, steward, PerOrganisation));

        Assert.Equal(BallotRefusal.NoOrganisationElectorate, refusal.Reason);
    }

    [Fact]
    public async Task Cast_TwoDelegatesOfOneOrganisation_OneCurrentVote_HistoryAndAuditNameOrganisationAndDelegate()
    {
        await using var app = new CharterAppFactory(_database, settings: QuietDeadlines);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var ana = await TestPeople.CreateAsync(app, CharterRole.Member, "Ana");
        var bea = await TestPeople.CreateAsync(app, CharterRole.Member, "Bea");
        var carl = await TestPeople.CreateAsync(app, CharterRole.Member, "Carl");
        var red = await TestOrganisations.CreateAsync(app, steward, "Red", ana, bea);
        await TestOrganisations.CreateAsync(app, steward, "Coop", carl);
        var ballotId = await OpenAsync(app, steward, PerOrganisation);
        var ballots = app.Services.GetRequiredService<BallotService>();

        await ballots.CastForOrganisationAsync(ballotId, ana.Id, red, BallotOption.Yes);
        await ballots.CastForOrganisationAsync(ballotId, bea.Id, red, BallotOption.No);

        var (report, _) = await ballots.ReportAsync(ballotId, null);
        Assert.Equal(new BallotTally(0, 1, 0, 2), report.Tally);
        Assert.Equal([red.ToString("D")], report.Voters);
        await using var db = OpenGovernance();
        var history = await db.Votes.Where(v => v.BallotId == ballotId).OrderBy(v => v.Sequence).ToListAsync();
        Assert.Equal([(red.ToString("D"), ana.Id, BallotOption.Yes), (red.ToString("D"), bea.Id, BallotOption.No)],
            history.Select(v => (v.MemberId, v.CastBy!, v.Option)));
        var audited = (await AuditAsync(app, AuditActions.VoteCast)).OrderBy(e => e.Sequence).ToList();
        Assert.Equal([ana.Id, bea.Id], audited.Select(e => e.ActorId));
        Assert.All(audited, e => Assert.EndsWith($"for organisation {red:D}", e.Details, StringComparison.Ordinal));
        Assert.Equal(BallotOption.No, Assert.Single((await ballots.ViewAsync(ballotId, ana.Id)).ViewerOrganisations).Current);
    }

    [Fact]
    public async Task View_DelegateOfTwoOrganisations_GetsOneLabelledVoteEach_AndTheyCountTwice()
    {
        await using var app = new CharterAppFactory(_database, settings: QuietDeadlines);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var ana = await TestPeople.CreateAsync(app, CharterRole.Member, "Ana");
        var red = await TestOrganisations.CreateAsync(app, steward, "Red", ana);
        var coop = await TestOrganisations.CreateAsync(app, steward, "Coop", ana);
        var ballotId = await OpenAsync(app, steward, PerOrganisation);
        var ballots = app.Services.GetRequiredService<BallotService>();

        await ballots.CastForOrganisationAsync(ballotId, ana.Id, red, BallotOption.Yes);
        var view = await ballots.ViewAsync(ballotId, ana.Id);

        Assert.True(view.ViewerMayVote);
        Assert.Equal([("Coop", (BallotOption?)null), ("Red", BallotOption.Yes)], view.ViewerOrganisations.Select(o => (o.Name, o.Current)));
        await ballots.CastForOrganisationAsync(ballotId, ana.Id, coop, BallotOption.Yes);
        Assert.Equal(new BallotTally(2, 0, 0, 2), (await ballots.ReportAsync(ballotId, null)).Report.Tally);
        Assert.Equal(BallotOutcome.Passed, await ballots.CloseEarlyAsync(ballotId, steward.Id));
        Assert.Contains("2 organisations voted", Assert.Single(await AuditAsync(app, AuditActions.BallotClosed)).Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cast_ByAnyoneButAnActiveDelegate_IsRefusedAndNothingIsStored()
    {
        await using var app = new CharterAppFactory(_database, settings: QuietDeadlines);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var ana = await TestPeople.CreateAsync(app, CharterRole.Member, "Ana");
        var memberOnly = await TestPeople.CreateAsync(app, CharterRole.Member, "Mia");
        var red = await TestOrganisations.CreateAsync(app, steward, "Red", ana);
        await TestOrganisations.AddMemberAsync(app, steward, red, memberOnly);
        var orgBallot = await OpenAsync(app, steward, PerOrganisation);
        var memberBallot = await OpenAsync(app, steward, PerOrganisation with { Unit = VotingUnit.Member }, BallotSubject.ForClause(SecondClauseId()));
        var ballots = app.Services.GetRequiredService<BallotService>();

        var notDelegate = await Assert.ThrowsAsync<GovernanceDeniedException>(() => ballots.CastForOrganisationAsync(orgBallot, memberOnly.Id, red, BallotOption.Yes));
        Assert.Equal(GovernanceDenial.NotADelegate, notDelegate.Reason);
        await Assert.ThrowsAsync<NotInElectorateException>(() => ballots.CastAsync(orgBallot, ana.Id, BallotOption.Yes));
        await Assert.ThrowsAsync<NotInElectorateException>(() => ballots.CastForOrganisationAsync(memberBallot, ana.Id, red, BallotOption.Yes));
        await app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<PeopleAdministration>().SetActiveAsync(PersonStanding.Of(steward), ana.Id, active: false);
            return 0;
        });
        await Assert.ThrowsAsync<GovernanceDeniedException>(() => ballots.CastForOrganisationAsync(orgBallot, ana.Id, red, BallotOption.Yes));

        await using var db = OpenGovernance();
        Assert.Empty(await db.Votes.Where(v => v.BallotId == orgBallot).ToListAsync());
        Assert.Empty(await db.Voters.Where(v => v.BallotId == orgBallot).ToListAsync());
    }

    [Fact]
    public async Task Agenda_WaitsForEachDelegateUntilTheirOrganisationHasVoted()
    {
        await using var app = new CharterAppFactory(_database, settings: QuietDeadlines);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var ana = await TestPeople.CreateAsync(app, CharterRole.Member, "Ana");
        var bea = await TestPeople.CreateAsync(app, CharterRole.Member, "Bea");
        var red = await TestOrganisations.CreateAsync(app, steward, "Red", ana, bea);
        var ballotId = await OpenAsync(app, steward, PerOrganisation);
        var agenda = app.Services.GetRequiredService<AgendaService>();
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clause = GovernanceTestCharter.FirstClauseId();
        Assert.Equal(1, (await agenda.ClauseActivityAsync(charter, bea.Id))[clause].AwaitingMyVote);
        Assert.Equal(0, (await agenda.ClauseActivityAsync(charter, steward.Id))[clause].AwaitingMyVote);

        await app.Services.GetRequiredService<BallotService>().CastForOrganisationAsync(ballotId, ana.Id, red, BallotOption.Yes);

        var forBea = await agenda.ClauseActivityAsync(charter, bea.Id);
        Assert.Equal((0, 1), (forBea[clause].AwaitingMyVote, forBea[clause].MyVotesCast));
        var beaAgenda = await agenda.ForAsync(PersonStanding.Of(bea), "en");
        var item = Assert.Single(beaAgenda.Ballots);
        Assert.True(item.MayVote && item.Voted);
    }

    public void Dispose() => _database.Dispose();

    private static string SecondClauseId() => RepositoryDrafts.Load()[0].Source.Clauses.Skip(1).First().Id;

    private static async Task<Guid> OpenAsync(CharterAppFactory app, Person steward, BallotRules rules, BallotSubject? subject = null) =>
        await app.Services.GetRequiredService<BallotService>().OpenAsync(await GovernanceTestCharter.NameAsync(app),
            subject ?? BallotSubject.ForClause(GovernanceTestCharter.FirstClauseId()), rules, DateTimeOffset.UtcNow.AddDays(1), steward.Id);

    private static Task<IReadOnlyList<AuditEntry>> AuditAsync(CharterAppFactory app, string action) =>
        app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().FindAsync(new AuditQuery(action)));

    private GovernanceDbContext OpenGovernance() =>
        new(new DbContextOptionsBuilder<GovernanceDbContext>().UseSqlite(_database.ConnectionString).Options);
}
