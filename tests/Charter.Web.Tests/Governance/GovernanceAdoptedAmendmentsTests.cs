using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Web.Accounts;
using Charter.Web.Governance;
using Charter.Web.Tests.TestSupport;
using Charter.Web.Tests.Versions;
using Charter.Web.Versions;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Governance;

/// <summary>Amendments adopted through ballots reach the changelog of the next published version, on the real app and SQLite.</summary>
public sealed class GovernanceAdoptedAmendmentsTests : IDisposable
{
    private static readonly BallotRules Majority = new(0.5m, BallotThreshold.SimpleMajority, HideResultsUntilClose: false, Secret: false);

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Publish_AmendmentAdoptedSincePreviousVersion_ListedWithTallyInNextVersionOnly()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward, "Ana Steward");
        var members = new[]
        {
            await TestPeople.CreateAsync(app, CharterRole.Member),
            await TestPeople.CreateAsync(app, CharterRole.Member),
            await TestPeople.CreateAsync(app, CharterRole.Member),
        };
        var stewardClient = await TestPeople.SignedInClientAsync(app, steward);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clauseId = GovernanceTestCharter.FirstClauseId();
        var (title, _) = await GovernanceTestCharter.ClauseAsync(app, charter, clauseId);
        var amendments = app.Services.GetRequiredService<AmendmentService>();
        var ballots = app.Services.GetRequiredService<BallotService>();
        await VersionPublishTests.PublishAsync(stewardClient, "Before the amendment");

        var amendmentId = await amendments.ProposeAsync(charter, members[0].Id, "Say it plainly", "Shorter is clearer.",
            new ReplaceClauseText(clauseId, title, "Everyone has the right to connect."));
        await amendments.OpenAsync(amendmentId, members[0].Id);
        var ballotId = await ballots.OpenAsync(charter, BallotSubject.ForAmendment(amendmentId), Majority, DateTimeOffset.UtcNow.AddDays(1), steward.Id);
        await ballots.CastAsync(ballotId, members[0].Id, BallotOption.Yes);
        await ballots.CastAsync(ballotId, members[1].Id, BallotOption.Yes);
        await ballots.CastAsync(ballotId, members[2].Id, BallotOption.No);
        Assert.Equal(BallotOutcome.Passed, await ballots.CloseEarlyAsync(ballotId, steward.Id));
        await VersionPublishTests.PublishAsync(stewardClient, "With the amendment");
        await VersionPublishTests.PublishAsync(stewardClient, "Nothing new");

        var versions = await app.InScopeAsync(async services =>
        {
            var store = services.GetRequiredService<VersionStore>();
            var published = await store.FindCharterAsync(CancellationToken.None);
            return await store.ListAsync(published!, CancellationToken.None);
        });
        var byNumber = versions.ToDictionary(v => v.Number);
        Assert.Equal([1, 2, 3], byNumber.Keys.Order());
        Assert.Empty(byNumber[1].Changelog.Amendments);
        var adopted = Assert.Single(byNumber[2].Changelog.Amendments);
        Assert.Equal(("Say it plainly", clauseId), (adopted.Title, adopted.ClauseId));
        Assert.Equal((2, 1, 0), (adopted.Tally.Yes, adopted.Tally.No, adopted.Tally.Abstain));
        Assert.Equal($"/charters/{charter}/clauses/{clauseId}#amendment-{amendmentId:N}", adopted.Link);
        Assert.DoesNotContain(byNumber[2].Changelog.DirectEdits, edit => edit.ClauseId == clauseId);
        Assert.Contains($"[Say it plainly](/charters/{charter}/clauses/{clauseId}#amendment-{amendmentId:N}) ({clauseId}): 2 yes, 1 no, 0 abstain",
            byNumber[2].Changelog.ToMarkdown(2), StringComparison.Ordinal);
        Assert.Empty(byNumber[3].Changelog.Amendments);
    }
}
