using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Web.Accounts;
using Charter.Web.Governance;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Governance;

/// <summary>An adoption reaches every open editor over the real hub, like any other edit.</summary>
public sealed class LiveAdoptionTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task CloseEarlyAsync_ThreeEditorsConnected_AllShowAdoptedTextWithTheirOwnEdits()
    {
        await using var server = KestrelCharterServer.Start(_database);
        var charter = await server.CharterNameAsync();
        var clauseId = GovernanceTestCharter.FirstClauseId();
        await using var scope = server.Services.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<PersonFactory>();
        var steward = await people.CreateAsync(new PersonSignUp("steward@example.org", "Steward", TestPeople.Password, "en"), CharterRole.Steward);
        var member = await people.CreateAsync(new PersonSignUp("member@example.org", "Member", TestPeople.Password, "en"), CharterRole.Member);
        var amendments = server.Services.GetRequiredService<AmendmentService>();
        var ballots = server.Services.GetRequiredService<BallotService>();
        var editors = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => CrdtPeer.JoinAsync(server, charter)));
        try
        {
            var (title, body) = await GovernanceTestCharter.ClauseAsync(server.Services, charter, clauseId);
            var amendmentId = await amendments.ProposeAsync(charter, member.Id, "Add a sentence", "Because.",
                new ReplaceClauseText(clauseId, title, body + " Adopted by vote."));
            await amendments.OpenAsync(amendmentId, member.Id);
            await editors[1].EditAsync(doc => CrdtPeer.Body(doc, clauseId).Insert(0, "Meanwhile: "));
            var ballotId = await ballots.OpenAsync(charter, BallotSubject.ForAmendment(amendmentId),
                new BallotRules(0.5m, BallotThreshold.SimpleMajority, false, false), DateTimeOffset.UtcNow.AddDays(1), steward.Id);
            await ballots.CastAsync(ballotId, member.Id, BallotOption.Yes);

            await ballots.CloseEarlyAsync(ballotId, steward.Id);

            var expected = "Meanwhile: " + body + " Adopted by vote.";
            await Eventually.TrueAsync(
                () => editors.All(e => e.Read(doc => CrdtPeer.Body(doc, clauseId).ToString()) == expected),
                () => string.Join(" | ", editors.Select(e => e.Read(doc => CrdtPeer.Body(doc, clauseId).ToString()))));
        }
        finally
        {
            foreach (var editor in editors)
            {
                await editor.DisposeAsync();
            }
        }
    }

    public void Dispose() => _database.Dispose();
}
