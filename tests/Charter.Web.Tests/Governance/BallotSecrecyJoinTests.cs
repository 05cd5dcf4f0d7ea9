using Charter.Domain.Ballots;
using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Governance;
using Charter.Web.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Governance;

/// <summary>
/// The join an insider would try after a ballot, over the real app and its SQLite file: the vote
/// tables, who voted, the audit log and everything the app logged. For a secret ballot with vote
/// changes nothing links a member to a choice (nor, in a per-organisation ballot, a delegate or an
/// organisation); for an open ballot the full history is there.
/// </summary>
public sealed class BallotSecrecyJoinTests : IDisposable
{
    // One deadline tick at start only, so no background reader holds the file when the ballot
    // closes; and every SQL command logged, as an operator chasing a problem might set it.
    private static readonly Dictionary<string, string> QuietDeadlines = new()
    {
        ["Charter:Governance:DeadlinePollInterval"] = "01:00:00",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
    };

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task SecretBallotWithVoteChanges_AfterClose_NothingStoredOrLoggedLinksAMemberToAChoice()
    {
        await using var app = new CharterAppFactory(_database, settings: QuietDeadlines);
        var (steward, members, ballots, ballotId) = await OpenBallotAsync(app, secret: true);
        var key = await SecretKeyAsync(ballotId);
        Assert.Equal(32, key!.Length);
        var auditBefore = await AuditCountAsync();
        var logsBefore = app.Logs.Messages.Count;

        var finalChoices = await VoteWithChangesAsync(ballots, ballotId, members);
        var (openReport, _) = await ballots.ReportAsync(ballotId, members[0].Id);
        await ballots.CloseEarlyAsync(ballotId, steward.Id);

        // While it was open, nobody could see a count or a list that moved with each vote.
        Assert.Null(openReport.Tally);
        Assert.Null(openReport.Voters);
        Assert.Equal(finalChoices[members[0].Id], openReport.MyVote);

        await using var db = OpenGovernance();
        Assert.Empty(await db.Votes.Where(v => v.BallotId == ballotId).ToListAsync());
        Assert.Null((await db.Ballots.SingleAsync(b => b.Id == ballotId)).SecretKey);

        // The two tables an insider would join hold no time, no sequence and no hidden row number.
        Assert.Equal(["BallotId", "VoterKey", "Option"], await ColumnsAsync("secret_votes"));
        Assert.Equal(["BallotId", "MemberId"], await ColumnsAsync("ballot_voters"));
        await AssertNoRowIdAsync("secret_votes");
        await AssertNoRowIdAsync("ballot_voters");

        // Stored order (this file holds one ballot) is key order and member-id order, whatever order the votes came in.
        var memberIds = members.Select(m => m.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(memberIds, await StoredOrderAsync("SELECT MemberId FROM ballot_voters"));
        var keys = await StoredOrderAsync("SELECT VoterKey FROM secret_votes");
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(members.Length, keys.Count);
        Assert.Empty(keys.Intersect(memberIds));

        // The key that made the voter keys is gone from the file and the write-ahead log, not only from the row.
        Assert.False(FileHolds(key), "the secret ballot's key is still somewhere in the database files");

        // The audit log gained one entry for the whole ballot, at close, naming no voter.
        var added = await AuditSinceAsync(auditBefore);
        var closed = Assert.Single(added);
        Assert.Equal((GovernanceAudit.BallotClosed, steward.Id), (closed.Action, closed.ActorId));
        Assert.Contains($"{members.Length} members voted", closed.Details, StringComparison.Ordinal);
        Assert.All(members, m => Assert.DoesNotContain(m.Id, closed.Details, StringComparison.Ordinal));

        // Nothing the app logged from the first vote to the close names a voter or a voter key.
        var logged = app.Logs.Messages.Skip(logsBefore).ToList();
        Assert.Contains(logged, line => line.Contains("secret_votes", StringComparison.Ordinal));
        Assert.All(logged, line =>
        {
            Assert.DoesNotContain(members, m => line.Contains(m.Id, StringComparison.Ordinal) || line.Contains(m.DisplayName, StringComparison.Ordinal));
            Assert.DoesNotContain(keys, k => line.Contains(k, StringComparison.Ordinal));
        });

        // What the close does reveal: the tally and who voted, both right.
        var (report, _) = await ballots.ReportAsync(ballotId, null);
        Assert.Equal(Tally(finalChoices.Values, members.Length), report.Tally);
        Assert.Equal(memberIds, report.Voters);
        Assert.Null(report.Choices);
    }

    [Fact]
    public async Task OpenBallotWithVoteChanges_AfterClose_FullGaplessHistoryAndOneAuditEntryPerVote()
    {
        await using var app = new CharterAppFactory(_database, settings: QuietDeadlines);
        var (steward, members, ballots, ballotId) = await OpenBallotAsync(app, secret: false);
        var auditBefore = await AuditCountAsync();

        var finalChoices = await VoteWithChangesAsync(ballots, ballotId, members);
        await ballots.CloseEarlyAsync(ballotId, steward.Id);

        await using var db = OpenGovernance();
        var history = await db.Votes.Where(v => v.BallotId == ballotId).OrderBy(v => v.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, members.Length + 2).Select(i => (long)i), history.Select(v => v.Sequence));
        Assert.Equal(Casts(members).Select(c => (c.Member.Id, c.Option)), history.Select(v => (v.MemberId, v.Option)));
        Assert.Equal(history.OrderBy(v => v.CastAt).Select(v => v.Sequence), history.Select(v => v.Sequence));
        Assert.Empty(await db.SecretVotes.Where(v => v.BallotId == ballotId).ToListAsync());

        var added = await AuditSinceAsync(auditBefore);
        var votes = added.Where(e => e.Action == GovernanceAudit.VoteCast).ToList();
        Assert.Equal(Casts(members).Select(c => c.Member.Id), votes.Select(e => e.ActorId));
        Assert.Equal(history.Select(v => $"#{v.Sequence}: {v.Option.ToString().ToLowerInvariant()}"), votes.Select(e => e.Details));

        var (report, _) = await ballots.ReportAsync(ballotId, null);
        Assert.Equal(finalChoices.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new MemberChoice(c.Key, c.Value)), report.Choices);
    }

    [Fact]
    public async Task SecretOrganisationBallotWithChangesByTwoDelegates_AfterClose_NothingLinksADelegateOrAnOrganisationToAChoice()
    {
        await using var app = new CharterAppFactory(_database, settings: QuietDeadlines);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var delegates = new List<Person>();
        for (var i = 0; i < 4; i++)
        {
            delegates.Add(await TestPeople.CreateAsync(app, CharterRole.Member, $"Delegate {i}"));
        }

        var red = await TestOrganisations.CreateAsync(app, steward, "Red", delegates[0], delegates[1]);
        var coop = await TestOrganisations.CreateAsync(app, steward, "Coop", delegates[2]);
        var radio = await TestOrganisations.CreateAsync(app, steward, "Radio", delegates[3]);
        var organisationIds = new[] { red, coop, radio }.Select(id => id.ToString("D")).Order(StringComparer.Ordinal).ToList();
        var ballots = app.Services.GetRequiredService<BallotService>();
        var ballotId = await ballots.OpenAsync(await GovernanceTestCharter.NameAsync(app), BallotSubject.ForClause(GovernanceTestCharter.FirstClauseId()),
            new BallotRules(0.5m, BallotThreshold.SimpleMajority, HideResultsUntilClose: false, Secret: true, VotingUnit.Organisation), DateTimeOffset.UtcNow.AddDays(1), steward.Id);
        var key = await SecretKeyAsync(ballotId);
        var auditBefore = await AuditCountAsync();
        var logsBefore = app.Logs.Messages.Count;

        // Two delegates of Red disagree, the second replacing the first; Coop changes its mind.
        await ballots.CastForOrganisationAsync(ballotId, delegates[0].Id, red, BallotOption.Yes);
        await ballots.CastForOrganisationAsync(ballotId, delegates[2].Id, coop, BallotOption.No);
        await ballots.CastForOrganisationAsync(ballotId, delegates[3].Id, radio, BallotOption.Abstain);
        await ballots.CastForOrganisationAsync(ballotId, delegates[1].Id, red, BallotOption.No);
        await ballots.CastForOrganisationAsync(ballotId, delegates[2].Id, coop, BallotOption.Yes);
        var openView = await ballots.ViewAsync(ballotId, delegates[0].Id);
        await ballots.CloseEarlyAsync(ballotId, steward.Id);

        Assert.Null(openView.Report.Tally);
        Assert.Null(openView.Report.Voters);
        Assert.Equal(BallotOption.No, Assert.Single(openView.ViewerOrganisations).Current);
        Assert.Null(Assert.Single((await ballots.ViewAsync(ballotId, delegates[0].Id)).ViewerOrganisations).Current);

        await using var db = OpenGovernance();
        Assert.Empty(await db.Votes.Where(v => v.BallotId == ballotId).ToListAsync());
        Assert.Null((await db.Ballots.SingleAsync(b => b.Id == ballotId)).SecretKey);
        Assert.Equal(["BallotId", "VoterKey", "Option"], await ColumnsAsync("secret_votes"));
        await AssertNoRowIdAsync("secret_votes");
        await AssertNoRowIdAsync("ballot_voters");
        Assert.Equal(organisationIds, await StoredOrderAsync("SELECT MemberId FROM ballot_voters"));
        var keys = await StoredOrderAsync("SELECT VoterKey FROM secret_votes");
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(3, keys.Count);
        Assert.Empty(keys.Intersect(organisationIds));
        Assert.Empty(keys.Intersect(delegates.Select(d => d.Id)));
        Assert.False(FileHolds(key!), "the secret ballot's key is still somewhere in the database files");

        var closed = Assert.Single(await AuditSinceAsync(auditBefore));
        Assert.Equal(GovernanceAudit.BallotClosed, closed.Action);
        Assert.Contains("3 organisations voted", closed.Details, StringComparison.Ordinal);
        Assert.All(delegates, d => Assert.DoesNotContain(d.Id, closed.Details, StringComparison.Ordinal));
        Assert.All(organisationIds, o => Assert.DoesNotContain(o, closed.Details, StringComparison.Ordinal));

        var logged = app.Logs.Messages.Skip(logsBefore).ToList();
        Assert.Contains(logged, line => line.Contains("secret_votes", StringComparison.Ordinal));
        Assert.All(logged, line =>
        {
            Assert.DoesNotContain(delegates, d => line.Contains(d.Id, StringComparison.Ordinal) || line.Contains(d.DisplayName, StringComparison.Ordinal));
            Assert.DoesNotContain(organisationIds, o => line.Contains(o, StringComparison.Ordinal));
            Assert.DoesNotContain(keys, k => line.Contains(k, StringComparison.Ordinal));
        });

        var (report, _) = await ballots.ReportAsync(ballotId, null);
        Assert.Equal(new BallotTally(1, 1, 1, 3), report.Tally);
        Assert.Equal(organisationIds, report.Voters);
        Assert.Null(report.Choices);
    }

    /// <summary>Each member votes, last member id first; then two of them change their minds.</summary>
    private static IEnumerable<(Person Member, BallotOption Option)> Casts(Person[] members)
    {
        var byId = members.OrderByDescending(m => m.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < byId.Count; i++)
        {
            yield return (byId[i], BallotOptions.All[i % 3]);
        }

        yield return (byId[0], BallotOption.No);
        yield return (byId[2], BallotOption.Yes);
    }

    private static async Task<Dictionary<string, BallotOption>> VoteWithChangesAsync(BallotService ballots, Guid ballotId, Person[] members)
    {
        var finalChoices = new Dictionary<string, BallotOption>(StringComparer.Ordinal);
        foreach (var (member, option) in Casts(members))
        {
            await ballots.CastAsync(ballotId, member.Id, option);
            finalChoices[member.Id] = option;
        }

        return finalChoices;
    }

    private static async Task<(Person Steward, Person[] Members, BallotService Ballots, Guid BallotId)> OpenBallotAsync(CharterAppFactory app, bool secret)
    {
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var members = new List<Person> { steward };
        for (var i = 0; i < 4; i++)
        {
            members.Add(await TestPeople.CreateAsync(app, CharterRole.Member, $"Member {i}"));
        }

        var ballots = app.Services.GetRequiredService<BallotService>();
        var charter = await GovernanceTestCharter.NameAsync(app);
        var ballotId = await ballots.OpenAsync(charter, BallotSubject.ForClause(GovernanceTestCharter.FirstClauseId()),
            new BallotRules(0.5m, BallotThreshold.SimpleMajority, HideResultsUntilClose: false, Secret: secret), DateTimeOffset.UtcNow.AddDays(1), steward.Id);
        return (steward, [.. members], ballots, ballotId);
    }

    private static BallotTally Tally(IEnumerable<BallotOption> options, int electorate)
    {
        var list = options.ToList();
        return new BallotTally(list.Count(o => o == BallotOption.Yes), list.Count(o => o == BallotOption.No), list.Count(o => o == BallotOption.Abstain), electorate);
    }

    private async Task<byte[]?> SecretKeyAsync(Guid ballotId)
    {
        await using var db = OpenGovernance();
        return (await db.Ballots.AsNoTracking().SingleAsync(b => b.Id == ballotId)).SecretKey;
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = OpenAccounts();
        return await db.AuditEntries.CountAsync();
    }

    private async Task<List<AuditEntry>> AuditSinceAsync(int count)
    {
        await using var db = OpenAccounts();
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).Skip(count).ToListAsync();
    }

    private async Task<List<string>> ColumnsAsync(string table) => await StoredOrderAsync($"SELECT name FROM pragma_table_info('{table}') ORDER BY cid");

    /// <summary>The rows as SQLite hands them out with no ORDER BY: the order they are kept in.</summary>
    private async Task<List<string>> StoredOrderAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private async Task AssertNoRowIdAsync(string table)
    {
        var error = await Assert.ThrowsAsync<SqliteException>(() => StoredOrderAsync($"SELECT rowid FROM {table}"));
        Assert.Contains("rowid", error.Message, StringComparison.Ordinal);
    }

    private bool FileHolds(byte[] secret) =>
        new[] { _database.FilePath, _database.FilePath + "-wal" }
            .Where(File.Exists)
            .Any(path => File.ReadAllBytes(path).AsSpan().IndexOf(secret) >= 0);

    private GovernanceDbContext OpenGovernance() =>
        new(new DbContextOptionsBuilder<GovernanceDbContext>().UseSqlite(_database.ConnectionString).Options);

    private AccountsDbContext OpenAccounts() =>
        new(new DbContextOptionsBuilder<AccountsDbContext>().UseSqlite(_database.ConnectionString).Options);

    public void Dispose() => _database.Dispose();
}
