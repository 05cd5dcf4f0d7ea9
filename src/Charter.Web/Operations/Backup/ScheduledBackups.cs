using Charter.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Charter.Web.Operations.Backup;

/// <summary>
/// Writes a backup of the database every <see cref="BackupOptions.Interval"/> into
/// <see cref="BackupOptions.Folder"/> and keeps the newest <see cref="BackupOptions.Keep"/>. A failed
/// backup is logged and the next one is tried at the next tick; the app keeps serving.
/// </summary>
public sealed partial class ScheduledBackups(
    IOptions<BackupOptions> options,
    IServiceProvider services,
    CharterPaths paths,
    TimeProvider clock,
    ILogger<ScheduledBackups> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Interval is not { } interval)
        {
            return;
        }

        var folder = paths.Resolve(options.Value.Folder);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var file = Path.Combine(folder, BackupRotation.FileName(clock.GetUtcNow()));
            try
            {
                await SqliteBackup.CopyAsync(Storage.StorageServiceCollectionExtensions.ConnectionString(services, createFolder: false), file, stoppingToken);
                var pruned = BackupRotation.Prune(folder, options.Value.Keep);
                LogBackupWritten(logger, file, pruned.Count);
            }
            catch (Exception error) when (error is BackupException or IOException or UnauthorizedAccessException)
            {
                LogBackupFailed(logger, error, file);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup written to {File}; {Pruned} older backups deleted.")]
    private static partial void LogBackupWritten(ILogger logger, string file, int pruned);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled backup to {File} failed; the next one is tried at the next interval.")]
    private static partial void LogBackupFailed(ILogger logger, Exception error, string file);
}
