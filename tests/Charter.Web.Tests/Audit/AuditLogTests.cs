using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Audit;

/// <summary>The audit log on real SQLite: chained, append-only, and checkable.</summary>
public sealed class AuditLogTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Append_ThreeEntries_ChainsEachToThePreviousAndVerifies()
    {
        await using var app = new CharterAppFactory(_database);
        var entries = await AppendAsync(app, 3);

        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));
        Assert.Equal(AuditCanonicalForm.GenesisHash, entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.Equal(entries[1].Hash, entries[2].PreviousHash);
        var verification = await app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().VerifyAsync());
        Assert.True(verification.IsIntact);
        Assert.Equal(3, verification.EntriesChecked);
    }

    /// <summary>
    /// Known answers, computed outside .NET from the format README "People and roles" describes
    /// (SHA-256 of the previous hash's 32 bytes, then each field as a 4-byte big-endian length and
    /// its UTF-8 bytes), so a change to the canonical form cannot pass by agreeing with itself.
    /// </summary>
    [Fact]
    public void ComputeHash_TwoChainedEntries_MatchTheKnownAnswers()
    {
        var first = Entry(1, new DateTimeOffset(2027, 1, 31, 12, 0, 0, TimeSpan.Zero), "a1", "Ana", "person.role", "p1", "Member → Observer");
        var second = Entry(2, new DateTimeOffset(2027, 1, 31, 9, 0, 1, TimeSpan.FromHours(-3)), null, "Système", "version.published", "bill-of-rights v1", "");

        var firstHash = AuditCanonicalForm.ComputeHash(AuditCanonicalForm.GenesisHash, first);
        var secondHash = AuditCanonicalForm.ComputeHash(firstHash, second);

        Assert.Equal("ad64256e8dc16075e178a8a35473a878362bc1ecba2e3db9e5fb5e7cc2a61d49", firstHash);
        Assert.Equal("60b86e5ce53fed18c51c4396d7722651df1847a7718620350e4d9e20e898779b", secondHash);
    }

    [Fact]
    public async Task Append_Entry_StoresTheHashOfItsCanonicalForm()
    {
        await using var app = new CharterAppFactory(_database);
        var entry = (await AppendAsync(app, 1))[0];

        var recomputed = AuditCanonicalForm.ComputeHash(AuditCanonicalForm.GenesisHash, Entry(entry.Sequence, entry.At, entry.ActorId, entry.ActorName, entry.Action, entry.Subject, entry.Details));

        Assert.Equal(recomputed, entry.Hash);
        Assert.Matches("^[0-9a-f]{64}$", entry.Hash);
    }

    private static AuditEntry Entry(long sequence, DateTimeOffset at, string? actorId, string actorName, string action, string subject, string details) =>
        new()
        {
            Sequence = sequence,
            At = at,
            ActorId = actorId,
            ActorName = actorName,
            Action = action,
            Subject = subject,
            Details = details,
            PreviousHash = "",
            Hash = "",
        };

    [Fact]
    public async Task Verify_OneByteOfDetailsChanged_NamesThatEntry()
    {
        await using var app = new CharterAppFactory(_database);
        await AppendAsync(app, 4);

        // Someone with the database file drops the guard and edits one character.
        await ExecuteAsync("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET Details = 'role Steward' WHERE Sequence = 2;");

        var verification = await app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().VerifyAsync());
        Assert.False(verification.IsIntact);
        Assert.Equal(2, verification.FirstBrokenSequence);
        Assert.Equal("its content does not match its hash", verification.Problem);
    }

    [Fact]
    public async Task Verify_EntryDeleted_NamesTheGap()
    {
        await using var app = new CharterAppFactory(_database);
        await AppendAsync(app, 3);

        await ExecuteAsync("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE Sequence = 2;");

        var verification = await app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().VerifyAsync());
        Assert.Equal(3, verification.FirstBrokenSequence);
    }

    [Theory]
    [InlineData("UPDATE audit_log SET Details = 'x' WHERE Sequence = 1;")]
    [InlineData("DELETE FROM audit_log WHERE Sequence = 1;")]
    public async Task Database_UpdateOrDeleteOfAnEntry_IsRefused(string sql)
    {
        await using var app = new CharterAppFactory(_database);
        await AppendAsync(app, 1);

        var error = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(sql));

        Assert.Contains("append-only", error.Message);
    }

    [Fact]
    public async Task Find_ActionPrefixAndActor_FiltersNewestFirst()
    {
        await using var app = new CharterAppFactory(_database);
        await app.InScopeAsync(async s =>
        {
            var log = s.GetRequiredService<IAuditLog>();
            await log.AppendAsync(new AuditRecord("a", "Ana", AuditActions.RoleChanged, "p1", "Member → Observer"));
            await log.AppendAsync(new AuditRecord("b", "Bruno", AuditActions.Deactivated, "p2", ""));
            await log.AppendAsync(new AuditRecord("a", "Ana", AuditActions.InvitationCreated, "invitation 1", ""));
            await log.AppendAsync(new AuditRecord("a", "Ana", AuditActions.Deactivated, "p3", ""));
            return 0;
        });

        var found = await app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().FindAsync(new AuditQuery(Action: "person.", Actor: "an")));

        Assert.Equal(["p3", "p1"], found.Select(e => e.Subject));
    }

    public void Dispose() => _database.Dispose();

    private static Task<List<AuditEntry>> AppendAsync(CharterAppFactory app, int count) => app.InScopeAsync(async s =>
    {
        var log = s.GetRequiredService<IAuditLog>();
        var entries = new List<AuditEntry>();
        for (var i = 0; i < count; i++)
        {
            entries.Add(await log.AppendAsync(new AuditRecord("someone", "Someone", AuditActions.RoleChanged, $"person {i}", "role steward")));
        }

        return entries;
    });

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
