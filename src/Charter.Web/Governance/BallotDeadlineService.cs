using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Charter.Web.Governance;

/// <summary>
/// Closes ballots at their deadline and warns the electorate a day before. It keeps no state of
/// its own: each tick reads due ballots from the database, so a restart (or a long outage)
/// simply closes whatever came due meanwhile, with the deadline as the close time.
/// </summary>
public sealed partial class BallotDeadlineService(
    BallotService ballots,
    IDbContextFactory<GovernanceDbContext> databases,
    NotificationService notifications,
    BallotAudience audience,
    IOptions<GovernanceOptions> options,
    TimeProvider clock,
    ILogger<BallotDeadlineService> logger) : BackgroundService
{
    private static readonly TimeSpan ClosingSoon = TimeSpan.FromHours(24);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DeadlinePollInterval, clock);
        do
        {
            await TickAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass: warn about ballots closing within a day, close the due ones.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WarnClosingSoonAsync(cancellationToken);
            foreach (var ballotId in await ballots.DueAsync(cancellationToken))
            {
                try
                {
                    var outcome = await ballots.CloseAtDeadlineAsync(ballotId, cancellationToken);
                    LogClosed(logger, ballotId, outcome);
                }
                catch (Exception e) when (e is AmendmentException or BallotException)
                {
                    LogCloseRefused(logger, ballotId, e.Message);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogTickFailed(logger, e);
        }
    }

    private async Task WarnClosingSoonAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var horizon = clock.GetUtcNow() + ClosingSoon;
        var soon = await db.Ballots.Where(b => b.ClosedAt == null && !b.ClosingSoonNotified && b.Deadline <= horizon).ToListAsync(cancellationToken);
        foreach (var ballot in soon)
        {
            var voted = await db.Voters.Where(v => v.BallotId == ballot.Id).Select(v => v.MemberId).ToListAsync(cancellationToken);
            var waiting = BallotMapping.ElectorateOf(ballot).Except(voted, StringComparer.Ordinal);
            await notifications.NotifyAsync(await audience.PeopleForAsync(ballot.Unit, waiting, cancellationToken), NotificationKinds.BallotClosingSoon, ballot.SubjectReference, $"/ballots/{ballot.Id}", cancellationToken);
            ballot.ClosingSoonNotified = true;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ballot {BallotId} closed at its deadline: {Outcome}")]
    private static partial void LogClosed(ILogger logger, Guid ballotId, BallotOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ballot {BallotId} could not close at its deadline: {Problem}")]
    private static partial void LogCloseRefused(ILogger logger, Guid ballotId, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Closing due ballots failed; the next tick tries again")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
