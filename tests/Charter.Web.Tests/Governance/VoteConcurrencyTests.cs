using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Web.Accounts;
using Charter.Web.Governance;
using Charter.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Governance;

/// <summary>Votes against the real app and its SQLite file.</summary>
public sealed class VoteConcurrencyTests : IDisposable
{
    private static readonly BallotRules Majority = new(0.5m, BallotThreshold.SimpleMajority, HideResultsUntilClose: false, Secret: false);

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task CastAsync_200ConcurrentRequestsByOneMember_OneCurrentVoteAndCompleteHistory()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);
        var ballots = app.Services.GetRequiredService<BallotService>();
        var charter = await GovernanceTestCharter.NameAsync(app);
        var ballotId = await ballots.OpenAsync(
            charter, BallotSubject.ForClause(GovernanceTestCharter.FirstClauseId()), Majority, DateTimeOffset.UtcNow.AddDays(1), steward.Id);

        var options = Enumerable.Range(0, 200).Select(i => BallotOptions.All[i % 3]).ToList();
        await Task.WhenAll(options.Select(option => Task.Run(() => ballots.CastAsync(ballotId, member.Id, option))));

        await using var db = OpenGovernance();
        var rows = await db.Votes.Where(v => v.BallotId == ballotId).OrderBy(v => v.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), rows.Select(v => v.Sequence));
        Assert.All(rows, v => Assert.Equal(member.Id, v.MemberId));
        Assert.Equal(options.GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count()), rows.GroupBy(v => v.Option).ToDictionary(g => g.Key, g => g.Count()));
        Assert.Equal([member.Id], await db.Voters.Where(v => v.BallotId == ballotId).Select(v => v.MemberId).ToListAsync());

        var (report, _) = await ballots.ReportAsync(ballotId, member.Id);
        Assert.Equal(1, report.Tally!.Voted);
        Assert.Equal(rows[^1].Option, report.MyVote);
        Assert.Equal(await ballots.RecountAsync(ballotId), report.Tally);
    }

    [Fact]
    public async Task CastAsync_AfterStewardClosedBallot_RefusedAndNothingStored()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);
        var ballots = app.Services.GetRequiredService<BallotService>();
        var charter = await GovernanceTestCharter.NameAsync(app);
        var ballotId = await ballots.OpenAsync(
            charter, BallotSubject.ForClause(GovernanceTestCharter.FirstClauseId()), Majority, DateTimeOffset.UtcNow.AddDays(1), steward.Id);
        await ballots.CastAsync(ballotId, member.Id, BallotOption.Yes);
        await ballots.CloseEarlyAsync(ballotId, steward.Id);

        await Assert.ThrowsAsync<BallotClosedException>(() => ballots.CastAsync(ballotId, member.Id, BallotOption.No));

        await using var db = OpenGovernance();
        Assert.Equal(1, await db.Votes.CountAsync(v => v.BallotId == ballotId));
        var record = await db.Ballots.SingleAsync(b => b.Id == ballotId);
        Assert.Equal((1, 0, 0), (record.Yes, record.No, record.Abstain));
    }

    [Fact]
    public async Task CastAsync_ObserverRefusedByStandingLateMemberAsNotInElectorate()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var observer = await TestPeople.CreateAsync(app, CharterRole.Observer);
        var ballots = app.Services.GetRequiredService<BallotService>();
        var charter = await GovernanceTestCharter.NameAsync(app);
        var ballotId = await ballots.OpenAsync(
            charter, BallotSubject.ForClause(GovernanceTestCharter.FirstClauseId()), Majority, DateTimeOffset.UtcNow.AddDays(1), steward.Id);
        var late = await TestPeople.CreateAsync(app, CharterRole.Member);

        var denied = await Assert.ThrowsAsync<GovernanceDeniedException>(() => ballots.CastAsync(ballotId, observer.Id, BallotOption.Yes));
        Assert.Equal(GovernanceDenial.RoleNotAllowed, denied.Reason);
        await Assert.ThrowsAsync<NotInElectorateException>(() => ballots.CastAsync(ballotId, late.Id, BallotOption.Yes));
    }

    [Fact]
    public async Task OpenAsync_ByMember_RefusedAsNotSteward()
    {
        await using var app = new CharterAppFactory(_database);
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);
        var ballots = app.Services.GetRequiredService<BallotService>();
        var charter = await GovernanceTestCharter.NameAsync(app);

        await Assert.ThrowsAsync<GovernanceDeniedException>(() => ballots.OpenAsync(
            charter, BallotSubject.ForClause(GovernanceTestCharter.FirstClauseId()), Majority, DateTimeOffset.UtcNow.AddDays(1), member.Id));
    }

    private GovernanceDbContext OpenGovernance() =>
        new(new DbContextOptionsBuilder<GovernanceDbContext>().UseSqlite(_database.ConnectionString).Options);

    public void Dispose() => _database.Dispose();
}
