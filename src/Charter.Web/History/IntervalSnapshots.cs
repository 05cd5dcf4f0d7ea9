using Charter.Web.Storage;
using Microsoft.Extensions.Options;

namespace Charter.Web.History;

/// <summary>
/// Every <see cref="HistoryOptions.Interval"/>, keeps each charter's state in its history unless
/// it is the same as the newest kept one. A charter that cannot be read is skipped and logged;
/// the others are still kept.
/// </summary>
public sealed partial class IntervalSnapshots(
    CharterHistory history, CharterStore store, IOptions<HistoryOptions> options, TimeProvider clock, ILogger<IntervalSnapshots> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await TakeAllAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Keeps every charter that changed since its newest kept state.</summary>
    public async Task TakeAllAsync(CancellationToken cancellationToken)
    {
        foreach (var name in await store.ListNamesAsync(cancellationToken))
        {
            try
            {
                await history.TakeAsync(name, HistoryReasons.Interval, null, null, "", cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogSnapshotFailed(logger, error, name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not keep charter {Name} in its history; will try again at the next interval.")]
    private static partial void LogSnapshotFailed(ILogger logger, Exception error, string name);
}
