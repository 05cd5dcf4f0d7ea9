using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Web.Accounts;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Wire;
using Charter.Web.Governance;
using Charter.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Governance;

/// <summary>
/// An adoption that stopped between merging into the live Doc and recording it (a crash), then
/// retried after a restart: the retry sees the branch is already in the Doc and finishes the record.
/// </summary>
public sealed class AdoptionRetryTests : IDisposable
{
    private static readonly BallotRules Majority = new(0.5m, BallotThreshold.SimpleMajority, HideResultsUntilClose: false, Secret: false);

    private readonly TempDatabase _database = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CloseEarlyAsync_BranchMergedBeforeACrashStoppedTheRecord_FinishesTheAdoptionOnce(bool pageCheckedConflictsMeanwhile)
    {
        Guid ballotId;
        Guid amendmentId;
        string charter;
        string clauseId = GovernanceTestCharter.FirstClauseId();
        Person steward;
        const string Adopted = "Everyone may connect, and nobody may be cut off.";
        await using (var app = new CharterAppFactory(_database))
        {
            steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
            var member = await TestPeople.CreateAsync(app, CharterRole.Member);
            charter = await GovernanceTestCharter.NameAsync(app);
            var (title, _) = await GovernanceTestCharter.ClauseAsync(app, charter, clauseId);
            var amendments = app.Services.GetRequiredService<AmendmentService>();
            var ballots = app.Services.GetRequiredService<BallotService>();
            amendmentId = await amendments.ProposeAsync(charter, member.Id, "Never cut off", "Because.", new ReplaceClauseText(clauseId, title, Adopted));
            await amendments.OpenAsync(amendmentId, member.Id);
            ballotId = await ballots.OpenAsync(charter, BallotSubject.ForAmendment(amendmentId), Majority, DateTimeOffset.UtcNow.AddDays(1), steward.Id);
            await ballots.CastAsync(ballotId, member.Id, BallotOption.Yes);
            await ballots.CastAsync(ballotId, steward.Id, BallotOption.Yes);

            // What the close does first, through the same session; then the process "dies" before the record.
            var amendment = await amendments.GetAsync(amendmentId);
            await using var lease = await app.Services.GetRequiredService<CharterSessionRegistry>().OpenAsync(charter, CancellationToken.None);
            var update = await lease.Session.ReadAsync(amendment.PrepareAdoption);
            await lease.Session.ApplyUpdateAsync(SyncFrame.WriteUpdate(update!), new UpdateOrigin(null, steward.Id));
        }

        await using var restarted = new CharterAppFactory(_database);
        var service = restarted.Services.GetRequiredService<BallotService>();
        var amendmentService = restarted.Services.GetRequiredService<AmendmentService>();
        if (pageCheckedConflictsMeanwhile)
        {
            // The clause page re-checks conflicts on every load: its own merged change looks like one.
            await amendmentService.CheckConflictsAsync(charter);
            Assert.Equal(AmendmentStatus.InConflict, (await amendmentService.GetAsync(amendmentId)).Status);
        }

        var updatesBefore = await UpdateCountAsync();

        Assert.Equal(BallotOutcome.Passed, await service.CloseEarlyAsync(ballotId, steward.Id));

        var adopted = await amendmentService.GetAsync(amendmentId);
        Assert.Equal(AmendmentStatus.Adopted, adopted.Status);
        var (report, closeError) = await service.ReportAsync(ballotId, null);
        Assert.True(report.IsClosed);
        Assert.Null(closeError);
        Assert.Equal(Adopted, (await GovernanceTestCharter.ClauseAsync(restarted, charter, clauseId)).Body);
        Assert.Equal(updatesBefore, await UpdateCountAsync());
        Assert.Single(await amendmentService.AdoptedSinceAsync(charter, DateTimeOffset.MinValue));
    }

    private async Task<int> UpdateCountAsync()
    {
        await using var db = _database.OpenContext();
        return await db.Updates.CountAsync();
    }

    public void Dispose() => _database.Dispose();
}
