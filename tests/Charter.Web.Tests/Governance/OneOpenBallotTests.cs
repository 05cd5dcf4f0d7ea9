using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Governance;
using Charter.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Governance;

/// <summary>One open ballot per subject, held by a unique index on the real SQLite file.</summary>
public sealed class OneOpenBallotTests : IDisposable
{
    private static readonly BallotRules Majority = new(0.5m, BallotThreshold.SimpleMajority, HideResultsUntilClose: false, Secret: false);

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task OpenAsync_TenStewardsAtOnceOnOneAmendment_OneBallotOpensTheOthersAreRefusedClearly()
    {
        await using var app = new CharterAppFactory(_database);
        var stewards = new List<Person>();
        for (var i = 0; i < 10; i++)
        {
            stewards.Add(await TestPeople.CreateAsync(app, CharterRole.Steward));
        }

        var amendmentId = await OpenAmendmentAsync(app);
        var ballots = app.Services.GetRequiredService<BallotService>();
        var charter = await GovernanceTestCharter.NameAsync(app);
        var subject = BallotSubject.ForAmendment(amendmentId);

        // Whatever the interleaving, one opens: the others are refused by the early check or, when
        // they race past it, by the unique index (the last test shows the index refusing alone).
        var attempts = stewards.Select(s => Task.Run(() => ballots.OpenAsync(charter, subject, Majority, DateTimeOffset.UtcNow.AddDays(1), s.Id))).ToList();

        var outcomes = await Task.WhenAll(attempts.Select(async attempt =>
        {
            try
            {
                return (Id: (Guid?)await attempt, Refusal: (BallotRefusal?)null);
            }
            catch (InvalidBallotException e)
            {
                return (Id: null, Refusal: e.Reason);
            }
        }));

        var opened = Assert.Single(outcomes, o => o.Id is not null);
        Assert.All(outcomes.Where(o => o.Id is null), o => Assert.Equal(BallotRefusal.SubjectHasOpenBallot, o.Refusal));
        await using var db = OpenGovernance();
        Assert.Equal([opened.Id!.Value], await db.Ballots.Where(b => b.ClosedAt == null).Select(b => b.Id).ToListAsync());
        await using var accounts = new AccountsDbContext(new DbContextOptionsBuilder<AccountsDbContext>().UseSqlite(_database.ConnectionString).Options);
        Assert.Equal(1, await accounts.AuditEntries.CountAsync(e => e.Action == GovernanceAudit.BallotOpened));
    }

    [Fact]
    public async Task OpenAsync_SecondBallotOnAClause_RefusedUntilTheFirstCloses()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var ballots = app.Services.GetRequiredService<BallotService>();
        var charter = await GovernanceTestCharter.NameAsync(app);
        var subject = BallotSubject.ForClause(GovernanceTestCharter.FirstClauseId());
        var first = await ballots.OpenAsync(charter, subject, Majority, DateTimeOffset.UtcNow.AddDays(1), steward.Id);

        var refused = await Assert.ThrowsAsync<InvalidBallotException>(() => ballots.OpenAsync(charter, subject, Majority, DateTimeOffset.UtcNow.AddDays(1), steward.Id));
        await ballots.CloseEarlyAsync(first, steward.Id);
        var second = await ballots.OpenAsync(charter, subject, Majority, DateTimeOffset.UtcNow.AddDays(1), steward.Id);

        Assert.Equal(BallotRefusal.SubjectHasOpenBallot, refused.Reason);
        Assert.Equal(GovernanceRefusalText.BallotKey(BallotRefusal.SubjectHasOpenBallot), GovernanceRefusalText.KeyOf(refused));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Database_SecondOpenBallotRowOnTheSameSubject_RefusedByTheUniqueIndex()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var subject = BallotSubject.ForClause(GovernanceTestCharter.FirstClauseId());
        await app.Services.GetRequiredService<BallotService>().OpenAsync(charter, subject, Majority, DateTimeOffset.UtcNow.AddDays(1), steward.Id);

        await using var db = OpenGovernance();
        var copy = await db.Ballots.AsNoTracking().SingleAsync();
        copy.Id = Guid.NewGuid();
        db.Ballots.Add(copy);

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Contains("UNIQUE", error.InnerException!.Message, StringComparison.Ordinal);
    }

    private static async Task<Guid> OpenAmendmentAsync(CharterAppFactory app)
    {
        var author = await TestPeople.CreateAsync(app, CharterRole.Member);
        var amendments = app.Services.GetRequiredService<AmendmentService>();
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clauseId = GovernanceTestCharter.FirstClauseId();
        var (title, _) = await GovernanceTestCharter.ClauseAsync(app, charter, clauseId);
        var amendmentId = await amendments.ProposeAsync(charter, author.Id, "Shorter", "Because.", new ReplaceClauseText(clauseId, title, "Everyone may connect."));
        await amendments.OpenAsync(amendmentId, author.Id);
        return amendmentId;
    }

    private GovernanceDbContext OpenGovernance() =>
        new(new DbContextOptionsBuilder<GovernanceDbContext>().UseSqlite(_database.ConnectionString).Options);

    public void Dispose() => _database.Dispose();
}
