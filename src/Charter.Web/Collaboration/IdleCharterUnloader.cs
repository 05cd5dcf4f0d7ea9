using Microsoft.Extensions.Options;

namespace Charter.Web.Collaboration;

/// <summary>
/// Unloads idle charters now and then, and every open charter when the app stops, so each is
/// compacted into its snapshot before its Doc leaves memory.
/// </summary>
public sealed class IdleCharterUnloader(CharterSessionRegistry sessions, IOptions<CollaborationOptions> options, TimeProvider clock)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.IdleCheckInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await sessions.UnloadIdleAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the open charters are flushed below.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await sessions.UnloadAllAsync();
    }
}
