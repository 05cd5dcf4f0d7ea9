using Charter.Domain.Ballots;
using Charter.Web.Governance;
using Charter.Web.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Charter.Web.Tests.Governance;

/// <summary>
/// A database written by the version that kept secret votes as timed history rows, brought up to
/// date: each secret ballot keeps only its voters' current choices, open ballots keep their
/// history, and a second open ballot on one subject is closed as void.
/// </summary>
public sealed class SecretBallotMigrationTests : IDisposable
{
    private const string PreviousMigration = "20261126075401_AddAmendmentsBallotsAndVotes";

    private static readonly Guid SecretBallot = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid OpenBallot = Guid.Parse("22222222-2222-2222-2222-222222222222");
    private static readonly Guid LaterDuplicate = Guid.Parse("33333333-3333-3333-3333-333333333333");
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Migrate_SecretHistoryRows_BecomeOneCurrentChoicePerVoterWithNoTimeAndOpenHistoryStays()
    {
        await using (var db = Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(PreviousMigration);
        }

        await ExecuteAsync(
            Ballot(SecretBallot, "c-aaaa", secret: true, Start),
            Ballot(OpenBallot, "c-bbbb", secret: false, Start),
            Ballot(LaterDuplicate, "c-bbbb", secret: false, Start.AddMinutes(1)),
            Vote(SecretBallot, 1, "key-ana", null, "Yes", Start.AddMinutes(2)),
            Vote(SecretBallot, 2, "key-bea", null, "No", Start.AddMinutes(3)),
            Vote(SecretBallot, 3, "key-ana", null, "Abstain", Start.AddMinutes(4)),
            Vote(OpenBallot, 1, "ana", "ana", "Yes", Start.AddMinutes(5)),
            Vote(OpenBallot, 2, "ana", "ana", "No", Start.AddMinutes(6)),
            Voter(SecretBallot, "bea"),
            Voter(SecretBallot, "ana"),
            Voter(OpenBallot, "ana"));

        await using (var db = Open())
        {
            await db.Database.MigrateAsync();
        }

        await using var migrated = Open();
        Assert.Equal(
            [new SecretVote("key-ana", BallotOption.Abstain), new SecretVote("key-bea", BallotOption.No)],
            (await migrated.SecretVotes.Where(v => v.BallotId == SecretBallot).ToListAsync()).Select(v => new SecretVote(v.VoterKey, v.Option)).OrderBy(v => v.VoterKey, StringComparer.Ordinal));
        Assert.Empty(await migrated.Votes.Where(v => v.BallotId == SecretBallot).ToListAsync());
        var history = await migrated.Votes.Where(v => v.BallotId == OpenBallot).OrderBy(v => v.Sequence).ToListAsync();
        Assert.Equal([(1L, "ana", BallotOption.Yes, Start.AddMinutes(5)), (2L, "ana", BallotOption.No, Start.AddMinutes(6))],
            history.Select(v => (v.Sequence, v.MemberId, v.Option, v.CastAt)));
        Assert.Equal(["ana", "bea"], await StoredOrderAsync("SELECT MemberId FROM ballot_voters WHERE BallotId = '11111111-1111-1111-1111-111111111111'"));

        var ballots = await migrated.Ballots.AsNoTracking().ToDictionaryAsync(b => b.Id);
        Assert.Null(ballots[OpenBallot].ClosedAt);
        Assert.Equal(Start.AddMinutes(1), ballots[LaterDuplicate].ClosedAt);
        Assert.Null(ballots[LaterDuplicate].Outcome);
        Assert.NotNull(ballots[SecretBallot].SecretKey);
    }

    private static string Ballot(Guid id, string clause, bool secret, DateTimeOffset openedAt) => $"""
        INSERT INTO ballots (Id, Charter, SubjectKind, SubjectReference, Quorum, Threshold, HideResultsUntilClose, Secret, Electorate,
                             OpenedBy, OpenedAt, Deadline, SecretKey, ClosingSoonNotified)
        VALUES ('{Text(id)}', 'bill-of-rights', 'Clause', '{clause}', '0.5', 'SimpleMajority', 0, {(secret ? 1 : 0)}, 'ana
        bea', 'steward', {Ticks(openedAt)}, {Ticks(openedAt.AddDays(7))}, {(secret ? "x'00112233'" : "NULL")}, 0);
        """;

    private static string Vote(Guid ballot, long sequence, string key, string? member, string option, DateTimeOffset at) =>
        $"INSERT INTO votes (BallotId, Sequence, VoterKey, MemberId, Option, CastAt) VALUES ('{Text(ballot)}', {sequence}, '{key}', {(member is null ? "NULL" : $"'{member}'")}, '{option}', {Ticks(at)});";

    private static string Voter(Guid ballot, string member) => $"INSERT INTO ballot_voters (BallotId, MemberId) VALUES ('{Text(ballot)}', '{member}');";

    // As EF Core stores them on SQLite: a Guid as upper-case text, a DateTimeOffset through the context's converter.
    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static long Ticks(DateTimeOffset at) => (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(at)!;

    private async Task ExecuteAsync(params string[] statements)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

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

    private GovernanceDbContext Open() =>
        new(new DbContextOptionsBuilder<GovernanceDbContext>()
            .UseSqlite(_database.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(GovernanceDbContext.MigrationsHistoryTable))
            .Options);

    public void Dispose() => _database.Dispose();
}
