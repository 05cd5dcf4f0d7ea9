using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Web.Accounts;
using Charter.Web.Governance;
using Charter.Web.Collaboration;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Charter.Web.Tests.Governance;

/// <summary>Amendments adopted through ballots on the real app: the live charter's session merges them.</summary>
public sealed class AmendmentAdoptionTests : IDisposable
{
    private static readonly BallotRules Majority = new(0.5m, BallotThreshold.SimpleMajority, HideResultsUntilClose: false, Secret: false);

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task CloseEarlyAsync_PassedAmendment_MergedIntoLiveCharterAndAdopted()
    {
        await using var app = new CharterAppFactory(_database);
        var (steward, members) = await PeopleAsync(app);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clauseId = GovernanceTestCharter.FirstClauseId();
        var (title, _) = await GovernanceTestCharter.ClauseAsync(app, charter, clauseId);
        var amendments = app.Services.GetRequiredService<AmendmentService>();
        var ballots = app.Services.GetRequiredService<BallotService>();

        var amendmentId = await amendments.ProposeAsync(charter, members[0].Id, "Say it plainly", "Shorter is clearer.",
            new ReplaceClauseText(clauseId, title, "Everyone has the right to connect."));
        await amendments.OpenAsync(amendmentId, members[0].Id);
        var ballotId = await ballots.OpenAsync(charter, BallotSubject.ForAmendment(amendmentId), Majority, DateTimeOffset.UtcNow.AddDays(1), steward.Id);
        await ballots.CastAsync(ballotId, members[0].Id, BallotOption.Yes);
        await ballots.CastAsync(ballotId, members[1].Id, BallotOption.Yes);
        await ballots.CastAsync(ballotId, members[2].Id, BallotOption.No);

        Assert.Equal(BallotOutcome.Passed, await ballots.CloseEarlyAsync(ballotId, steward.Id));

        Assert.Equal("Everyone has the right to connect.", (await GovernanceTestCharter.ClauseAsync(app, charter, clauseId)).Body);
        Assert.Equal(AmendmentStatus.Adopted, (await amendments.GetAsync(amendmentId)).Status);
        var changelog = Assert.Single(await amendments.AdoptedSinceAsync(charter, DateTimeOffset.MinValue));
        Assert.Equal(("Say it plainly", clauseId), (changelog.Title, changelog.ClauseId));
        Assert.Equal($"/charters/{charter}/clauses/{clauseId}#amendment-{amendmentId:N}", changelog.Link);
        Assert.Equal((2, 1, 0), (changelog.Tally.Yes, changelog.Tally.No, changelog.Tally.Abstain));
    }

    [Fact]
    public async Task CloseEarlyAsync_AmendmentInConflict_BallotStaysOpenWithErrorAndCharterUnchanged()
    {
        await using var app = new CharterAppFactory(_database);
        var (steward, members) = await PeopleAsync(app);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clauseId = GovernanceTestCharter.FirstClauseId();
        var (title, body) = await GovernanceTestCharter.ClauseAsync(app, charter, clauseId);
        var amendments = app.Services.GetRequiredService<AmendmentService>();
        var ballots = app.Services.GetRequiredService<BallotService>();
        var amendmentId = await amendments.ProposeAsync(charter, members[0].Id, "New wording", "Because.",
            new ReplaceClauseText(clauseId, title, "Completely new wording."));
        await amendments.OpenAsync(amendmentId, members[0].Id);
        var ballotId = await ballots.OpenAsync(charter, BallotSubject.ForAmendment(amendmentId), Majority, DateTimeOffset.UtcNow.AddDays(1), steward.Id);
        foreach (var member in members)
        {
            await ballots.CastAsync(ballotId, member.Id, BallotOption.Yes);
        }

        var rival = await amendments.ProposeAsync(charter, members[1].Id, "Rival", "Also.", new ReplaceClauseText(clauseId, title, "Rival wording."));
        await amendments.OpenAsync(rival, members[1].Id);
        var rivalBallot = await ballots.OpenAsync(charter, BallotSubject.ForAmendment(rival), Majority, DateTimeOffset.UtcNow.AddDays(1), steward.Id);
        foreach (var member in members)
        {
            await ballots.CastAsync(rivalBallot, member.Id, BallotOption.Yes);
        }

        await ballots.CloseEarlyAsync(rivalBallot, steward.Id);
        var adopted = await GovernanceTestCharter.ClauseAsync(app, charter, clauseId);

        await Assert.ThrowsAsync<AmendmentConflictException>(() => ballots.CloseEarlyAsync(ballotId, steward.Id));

        Assert.NotEqual(body, adopted.Body);
        Assert.Equal(adopted, await GovernanceTestCharter.ClauseAsync(app, charter, clauseId));
        var (report, error) = await ballots.ReportAsync(ballotId, null);
        Assert.False(report.IsClosed);
        Assert.Equal(GovernanceRefusalText.AmendmentKey(AmendmentRefusal.InConflict), error);
        Assert.Equal(AmendmentStatus.InConflict, (await amendments.GetAsync(amendmentId)).Status);
    }

    [Fact]
    public async Task DeadlineService_DeadlinePassesWhileAppIsDown_ClosesAndAdoptsAfterRestart()
    {
        // The app's own clock, moved by the test: no waiting for a wall-clock deadline, no race with slow votes.
        var opened = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        var deadline = opened.AddHours(1);
        string charter;
        string clauseId = GovernanceTestCharter.FirstClauseId();
        Guid ballotId;
        await using (var first = new CharterAppFactory(_database))
        {
            var app = WithClock(first, new FakeTimeProvider(opened));
            var (steward, members) = await PeopleAsync(app.Services);
            charter = (await app.Services.GetRequiredService<CharterSessionRegistry>().ListNamesAsync(CancellationToken.None))[0];
            var (title, _) = await GovernanceTestCharter.ClauseAsync(app.Services, charter, clauseId);
            var amendments = app.Services.GetRequiredService<AmendmentService>();
            var ballots = app.Services.GetRequiredService<BallotService>();
            var amendmentId = await amendments.ProposeAsync(charter, members[0].Id, "After the restart", "Because.",
                new ReplaceClauseText(clauseId, title, "Adopted while nobody watched."));
            await amendments.OpenAsync(amendmentId, members[0].Id);
            ballotId = await ballots.OpenAsync(charter, BallotSubject.ForAmendment(amendmentId), Majority, deadline, steward.Id);
            foreach (var member in members)
            {
                await ballots.CastAsync(ballotId, member.Id, BallotOption.Yes);
            }
        }

        await using var second = new CharterAppFactory(_database);
        var restarted = WithClock(second, new FakeTimeProvider(deadline.AddHours(2)));
        var service = restarted.Services.GetRequiredService<BallotService>();
        BallotReport? closed = null;
        await Eventually.TrueAsync(
            () => (closed = service.ReportAsync(ballotId, null).GetAwaiter().GetResult().Report).IsClosed,
            () => "the ballot is still open after the restart");
        Assert.Equal(BallotOutcome.Passed, closed!.Outcome);
        Assert.Equal("Adopted while nobody watched.", (await GovernanceTestCharter.ClauseAsync(restarted.Services, charter, clauseId)).Body);
    }

    /// <summary>The app as <paramref name="app"/> starts it, with <paramref name="clock"/> as its time.</summary>
    private static WebApplicationFactory<Program> WithClock(CharterAppFactory app, TimeProvider clock) =>
        app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(clock)));

    private static async Task<(Person Steward, Person[] Members)> PeopleAsync(IServiceProvider services)
    {
        async Task<Person> CreateAsync(CharterRole role)
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<PersonFactory>()
                .CreateAsync(new PersonSignUp($"{Guid.NewGuid():N}@example.org", $"{role} {Guid.NewGuid():N}"[..20], TestPeople.Password, "en"), role);
        }

        return (await CreateAsync(CharterRole.Steward), [await CreateAsync(CharterRole.Member), await CreateAsync(CharterRole.Member), await CreateAsync(CharterRole.Member)]);
    }

    private static async Task<(Person Steward, Person[] Members)> PeopleAsync(CharterAppFactory app)
    {
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var members = new[]
        {
            await TestPeople.CreateAsync(app, CharterRole.Member),
            await TestPeople.CreateAsync(app, CharterRole.Member),
            await TestPeople.CreateAsync(app, CharterRole.Member),
        };
        return (steward, members);
    }

    public void Dispose() => _database.Dispose();
}
