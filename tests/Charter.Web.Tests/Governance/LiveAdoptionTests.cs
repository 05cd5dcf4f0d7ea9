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
        await using var app = new CharterAppFactory(_database);
        HubClients.StartOnKestrel(app);
        var charter = HubClients.Charter;
        var clauseId = GovernanceTestCharter.FirstClauseId();
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var (member, cookie) = await TestPeople.CreateSignedInAsync(app, CharterRole.Member);
        var amendments = app.Services.GetRequiredService<AmendmentService>();
        var ballots = app.Services.GetRequiredService<BallotService>();
        var editors = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ => await CrdtPeer.JoinAsync(await HubClients.ConnectAsync(app, cookie), charter)));
        try
        {
            var (title, body) = await GovernanceTestCharter.ClauseAsync(app, charter, clauseId);
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
