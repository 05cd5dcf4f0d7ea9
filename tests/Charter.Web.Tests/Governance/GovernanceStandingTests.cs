using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Web.Accounts;
using Charter.Web.Governance;
using Charter.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Governance;

/// <summary>
/// The services re-check a person's standing as of now for every change, whatever the page the
/// request came from believed: deactivated or demoted people are refused and nothing is stored.
/// </summary>
public sealed class GovernanceStandingTests : IDisposable
{
    private static readonly BallotRules Majority = new(0.5m, BallotThreshold.SimpleMajority, HideResultsUntilClose: false, Secret: false);

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task CastAsync_MemberDeactivatedAfterTheBallotOpened_RefusedAsNotActiveAndNothingStored()
    {
        await using var app = new CharterAppFactory(_database);
        var (steward, member, ballots, ballotId) = await OpenBallotAsync(app, Majority with { Secret = true });
        await AdministerAsync(app, steward, people => people.SetActiveAsync(PersonStanding.Of(steward), member.Id, active: false));

        var error = await Assert.ThrowsAsync<GovernanceDeniedException>(() => ballots.CastAsync(ballotId, member.Id, BallotOption.Yes));

        Assert.Equal(GovernanceDenial.NotAnActiveMember, error.Reason);
        await AssertNoVoteAsync(ballotId);
    }

    [Fact]
    public async Task CastAsync_MemberDemotedToObserverAfterTheBallotOpened_RefusedByRoleAndNothingStored()
    {
        await using var app = new CharterAppFactory(_database);
        var (steward, member, ballots, ballotId) = await OpenBallotAsync(app, Majority);
        await AdministerAsync(app, steward, people => people.ChangeRoleAsync(PersonStanding.Of(steward), member.Id, CharterRole.Observer));

        var error = await Assert.ThrowsAsync<GovernanceDeniedException>(() => ballots.CastAsync(ballotId, member.Id, BallotOption.Yes));

        Assert.Equal(GovernanceDenial.RoleNotAllowed, error.Reason);
        Assert.Equal("Your role does not allow that.", Localized(app, error));
        await AssertNoVoteAsync(ballotId);
    }

    [Fact]
    public async Task AmendmentActions_AuthorDemotedToObserver_ProposeCommentOpenAndWithdrawRefused()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var author = await TestPeople.CreateAsync(app, CharterRole.Member);
        var amendments = app.Services.GetRequiredService<AmendmentService>();
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clauseId = GovernanceTestCharter.FirstClauseId();
        var (title, _) = await GovernanceTestCharter.ClauseAsync(app, charter, clauseId);
        var change = new ReplaceClauseText(clauseId, title, "Everyone may connect.");
        var amendmentId = await amendments.ProposeAsync(charter, author.Id, "Shorter", "Because.", change);
        await AdministerAsync(app, steward, people => people.ChangeRoleAsync(PersonStanding.Of(steward), author.Id, CharterRole.Observer));

        var refusals = new[]
        {
            await Assert.ThrowsAsync<GovernanceDeniedException>(() => amendments.ProposeAsync(charter, author.Id, "Again", "Because.", change)),
            await Assert.ThrowsAsync<GovernanceDeniedException>(() => amendments.CommentAsync(amendmentId, author.Id, "Still here")),
            await Assert.ThrowsAsync<GovernanceDeniedException>(() => amendments.OpenAsync(amendmentId, author.Id)),
            await Assert.ThrowsAsync<GovernanceDeniedException>(() => amendments.WithdrawAsync(amendmentId, author.Id)),
        };

        Assert.All(refusals, e => Assert.Equal(GovernanceDenial.RoleNotAllowed, e.Reason));
        Assert.Equal(AmendmentStatus.Draft, (await amendments.GetAsync(amendmentId)).Status);
        Assert.Empty(await amendments.CommentsAsync(amendmentId));
        Assert.Single(await amendments.ForClauseAsync(charter, clauseId));
    }

    [Fact]
    public async Task OpenAndCloseBallot_StewardDemotedToMember_RefusedAndTheBallotStaysAsItWas()
    {
        await using var app = new CharterAppFactory(_database);
        var (steward, _, ballots, ballotId) = await OpenBallotAsync(app, Majority);
        var other = await TestPeople.CreateAsync(app, CharterRole.Steward);
        await AdministerAsync(app, other, people => people.ChangeRoleAsync(PersonStanding.Of(other), steward.Id, CharterRole.Member));
        var charter = await GovernanceTestCharter.NameAsync(app);

        var close = await Assert.ThrowsAsync<GovernanceDeniedException>(() => ballots.CloseEarlyAsync(ballotId, steward.Id));
        var open = await Assert.ThrowsAsync<GovernanceDeniedException>(() => ballots.OpenAsync(
            charter, BallotSubject.ForClause("c-none"), Majority, DateTimeOffset.UtcNow.AddDays(1), steward.Id));

        Assert.Equal((GovernanceDenial.RoleNotAllowed, GovernanceDenial.RoleNotAllowed), (close.Reason, open.Reason));
        Assert.False((await ballots.ReportAsync(ballotId, null)).Report.IsClosed);
    }

    [Fact]
    public async Task CloseEarlyAsync_StewardDeactivated_RefusedAsNotActive()
    {
        await using var app = new CharterAppFactory(_database);
        var (steward, _, ballots, ballotId) = await OpenBallotAsync(app, Majority);
        var other = await TestPeople.CreateAsync(app, CharterRole.Steward);
        await AdministerAsync(app, other, people => people.SetActiveAsync(PersonStanding.Of(other), steward.Id, active: false));

        var error = await Assert.ThrowsAsync<GovernanceDeniedException>(() => ballots.CloseEarlyAsync(ballotId, steward.Id));

        Assert.Equal(GovernanceDenial.NotAnActiveMember, error.Reason);
        Assert.False((await ballots.ReportAsync(ballotId, null)).Report.IsClosed);
    }

    private static async Task<(Person Steward, Person Member, BallotService Ballots, Guid BallotId)> OpenBallotAsync(CharterAppFactory app, BallotRules rules)
    {
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);
        var ballots = app.Services.GetRequiredService<BallotService>();
        var charter = await GovernanceTestCharter.NameAsync(app);
        var ballotId = await ballots.OpenAsync(
            charter, BallotSubject.ForClause(GovernanceTestCharter.FirstClauseId()), rules, DateTimeOffset.UtcNow.AddDays(1), steward.Id);
        return (steward, member, ballots, ballotId);
    }

    private static Task<bool> AdministerAsync(CharterAppFactory app, Person steward, Func<PeopleAdministration, Task> change) =>
        app.InScopeAsync(async services =>
        {
            await change(services.GetRequiredService<PeopleAdministration>());
            return true;
        });

    private static string Localized(CharterAppFactory app, Exception error)
    {
        using var culture = new CultureScope("en");
        return GovernanceRefusalText.Describe(error, app.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Charter.Web.Localization.AmendmentsText>>());
    }

    private async Task AssertNoVoteAsync(Guid ballotId)
    {
        await using var db = new GovernanceDbContext(new DbContextOptionsBuilder<GovernanceDbContext>().UseSqlite(_database.ConnectionString).Options);
        Assert.Empty(await db.Votes.Where(v => v.BallotId == ballotId).ToListAsync());
        Assert.Empty(await db.SecretVotes.Where(v => v.BallotId == ballotId).ToListAsync());
        Assert.Empty(await db.Voters.Where(v => v.BallotId == ballotId).ToListAsync());
    }

    public void Dispose() => _database.Dispose();
}
