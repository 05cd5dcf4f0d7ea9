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
