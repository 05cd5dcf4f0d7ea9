using Charter.Web.Operations.Backup;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Charter.Web.Tests.Operations;

/// <summary>Scheduled backups on the real app, its clock driven by the test: one backup per interval, the newest few kept.</summary>
public sealed class ScheduledBackupsTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly DirectoryInfo _backups = Directory.CreateTempSubdirectory("charter-backups-");

    [Fact]
    public async Task Interval_ThreeTicksKeepTwo_LeavesTheTwoNewestCompleteBackups()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 1, 31, 23, 0, 0, TimeSpan.Zero));
        var foreign = Path.Combine(_backups.FullName, "charter-keep-me.db");
        await File.WriteAllTextAsync(foreign, "not a scheduled backup");
        await using var app = new CharterAppFactory(_database, settings: new Dictionary<string, string>
        {
            ["Charter:Backup:Interval"] = "01:00:00",
            ["Charter:Backup:Folder"] = _backups.FullName,
            ["Charter:Backup:Keep"] = "2",
        });
        await using var clocked = app.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        _ = clocked.Services;

        for (var tick = 1; tick <= 3; tick++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            var expected = BackupRotation.FileName(clock.GetUtcNow());
            await Eventually.TrueAsync(() => BackupRotation.List(_backups.FullName).FirstOrDefault() is { } newest && Path.GetFileName(newest) == expected,
                () => $"tick {tick}: {string.Join(", ", BackupRotation.List(_backups.FullName))}");
        }

        await Eventually.TrueAsync(() => BackupRotation.List(_backups.FullName).Count == 2, () => string.Join(", ", BackupRotation.List(_backups.FullName)));
        Assert.Equal(["charter-20270201-020000.db", "charter-20270201-010000.db"], BackupRotation.List(_backups.FullName).Select(Path.GetFileName));
        Assert.True(File.Exists(foreign), "only files named like scheduled backups are pruned");
        foreach (var backup in BackupRotation.List(_backups.FullName))
        {
            Assert.Equal(1L, CountCharters(backup));
        }
    }

    private static long CountCharters(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM charters;";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        _database.Dispose();
        _backups.Delete(recursive: true);
    }
}
