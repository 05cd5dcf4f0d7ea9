using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Collaboration.Hub;
using Charter.Web.History;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.History;

/// <summary>
/// Destructive edits over real SignalR on real SQLite: removing clauses, or most of the text, is
/// refused for members with nothing applied, and let through for stewards with the state before
/// kept in the history and the removal in the audit log.
/// </summary>
public sealed class DestructiveEditTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task DeleteEverything_ByMember_IsRefusedAndNobodyEverSeesItApplied()
    {
        string charter;
        string before;
        await using (var server = KestrelCharterServer.Start(_database))
        {
            charter = await server.CharterNameAsync();
            before = HistoryTestPeers.Flatten(await HistoryTestPeers.ServerTextAsync(server, charter));
            var (_, connection) = await HistoryTestPeers.ConnectAsync(server, CharterRole.Member);
            await using var attacker = await CrdtPeer.JoinAsync(connection, charter);

            var frame = attacker.Read(HistoryTestPeers.DeleteEverythingFrame);
            var refused = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<long>("Update", charter, frame));

            Assert.Contains($"HubException: [{HubRefusal.Destructive}] ", refused.Message);
            Assert.Contains("Only stewards may make this change", refused.Message);
            Assert.Contains("Nothing was applied", refused.Message);
            await using var second = await CrdtPeer.JoinAsync(server, charter);
            Assert.Equal(before, HistoryTestPeers.Flatten(second.Read(CharterDocument.ReadSource)));
            Assert.Equal(before, HistoryTestPeers.Flatten(await HistoryTestPeers.ServerTextAsync(server, charter)));
        }

        await using var restarted = KestrelCharterServer.Start(_database);
        Assert.Equal(before, HistoryTestPeers.Flatten(await HistoryTestPeers.ServerTextAsync(restarted, charter)));
    }

    [Fact]
    public async Task DeleteEverything_BySteward_IsAcceptedAuditedAndRestorableFromHistory()
    {
        await using var server = KestrelCharterServer.Start(_database);
        var charter = await server.CharterNameAsync();
        var original = await HistoryTestPeers.ServerTextAsync(server, charter);
        var (steward, connection) = await HistoryTestPeers.ConnectAsync(server, CharterRole.Steward, "Stella Steward");
        await using var stewardPeer = await CrdtPeer.JoinAsync(connection, charter);

        await connection.InvokeAsync<long>("Update", charter, stewardPeer.Read(HistoryTestPeers.DeleteEverythingFrame));

        Assert.Empty((await HistoryTestPeers.ServerTextAsync(server, charter)).Clauses);
        var audited = await AuditAsync(server, "charter.");
        var deletedClauses = audited.Where(e => e.Action == AuditActions.ClauseDeleted).ToList();
        Assert.Equal(original.Clauses.Select(c => $"{charter}/{c.Id}").Order(), deletedClauses.Select(e => e.Subject).Order());
        Assert.All(deletedClauses, e => Assert.Equal("Stella Steward", e.ActorName));
        var first = original.Clauses.First();
        Assert.Contains(deletedClauses, e => e.Subject == $"{charter}/{first.Id}" && e.Details == $"title: {first.Title}");

        var history = server.Services.GetRequiredService<CharterHistory>();
        var kept = Assert.Single(await history.ListAsync(charter, CancellationToken.None));
        Assert.Equal(HistoryReasons.BeforeStructuralChange, kept.Reason);
        await using var watcher = await CrdtPeer.JoinAsync(server, charter);
        var standing = await server.Services.GetRequiredService<PeopleRoster>().FindAsync(steward.Id);
        await server.Services.GetRequiredService<HistoryRestore>().RestoreCharterAsync(charter, kept.Id, standing, CancellationToken.None);

        var restored = HistoryTestPeers.Flatten(await HistoryTestPeers.ServerTextAsync(server, charter));
        Assert.Equal(HistoryTestPeers.Flatten(original), restored);
        // The open peer receives the restore live, without joining again.
        await Eventually.TrueAsync(
            () => HistoryTestPeers.Flatten(watcher.Read(CharterDocument.ReadSource)) == restored, () => "the open peer never received the restore");
        Assert.Contains(await AuditAsync(server, AuditActions.CharterRestored), e => e.ActorName == "Stella Steward");
    }

    [Fact]
    public async Task DeleteOneClause_ByMember_IsRefused_ByStewardIsAuditedWithItsTitle()
    {
        await using var server = KestrelCharterServer.Start(_database);
        var charter = await server.CharterNameAsync();
        var clause = (await HistoryTestPeers.ServerTextAsync(server, charter)).Clauses.Last();
        var (_, memberConnection) = await HistoryTestPeers.ConnectAsync(server, CharterRole.Member);
        await using var member = await CrdtPeer.JoinAsync(memberConnection, charter);
        var (_, stewardConnection) = await HistoryTestPeers.ConnectAsync(server, CharterRole.Steward, "Sam Steward");
        await using var steward = await CrdtPeer.JoinAsync(stewardConnection, charter);

        var refused = await Assert.ThrowsAsync<HubException>(() => member.EditAsync(doc => DeleteClause(doc, clause.Id)));
        Assert.Contains($"clause '{clause.Id}'", refused.Message);
        Assert.Contains((await HistoryTestPeers.ServerTextAsync(server, charter)).Clauses, c => c.Id == clause.Id);

        await steward.EditAsync(doc => DeleteClause(doc, clause.Id));

        Assert.DoesNotContain((await HistoryTestPeers.ServerTextAsync(server, charter)).Clauses, c => c.Id == clause.Id);
        var entry = Assert.Single(await AuditAsync(server, AuditActions.ClauseDeleted));
        Assert.Equal(($"{charter}/{clause.Id}", $"title: {clause.Title}", "Sam Steward"), (entry.Subject, entry.Details, entry.ActorName));
    }

    [Fact]
    public async Task TakingAClauseOutOfOrder_ByMember_IsRefusedAndTheClauseStaysInTheCharter()
    {
        await using var server = KestrelCharterServer.Start(_database);
        var charter = await server.CharterNameAsync();
        var clause = (await HistoryTestPeers.ServerTextAsync(server, charter)).Clauses.First();
        var (_, connection) = await HistoryTestPeers.ConnectAsync(server, CharterRole.Member);
        await using var member = await CrdtPeer.JoinAsync(connection, charter);

        // The entry stays in clauses, but a clause missing from order is shown nowhere.
        var refused = await Assert.ThrowsAsync<HubException>(() => member.EditAsync(doc =>
        {
            var order = doc.GetArray(CharterDocument.OrderKey);
            order.Delete(order.ToArray().IndexOf(clause.Id));
        }));

        Assert.Contains($"clause '{clause.Id}'", refused.Message);
        Assert.Contains((await HistoryTestPeers.ServerTextAsync(server, charter)).Clauses, c => c.Id == clause.Id);
    }

    [Fact]
    public async Task OrdinaryEdits_ByMember_TypingAndDeletingAFewWords_AreAccepted()
    {
        await using var server = KestrelCharterServer.Start(_database);
        var charter = await server.CharterNameAsync();
        var clause = (await HistoryTestPeers.ServerTextAsync(server, charter)).Clauses.First();
        var (_, connection) = await HistoryTestPeers.ConnectAsync(server, CharterRole.Member);
        await using var member = await CrdtPeer.JoinAsync(connection, charter);

        await member.EditAsync(doc => CrdtPeer.Body(doc, clause.Id).Insert(0, "Amended: "));
        await member.EditAsync(doc => CrdtPeer.Body(doc, clause.Id).Delete(0, 20));

        var body = (await HistoryTestPeers.ServerTextAsync(server, charter)).Clauses.First().Body;
        Assert.Equal(("Amended: " + clause.Body)[20..], body);
        Assert.Empty(await AuditAsync(server, "charter."));
    }

    private static void DeleteClause(Charter.Crdt.Doc doc, string clauseId) => doc.Transact(_ =>
    {
        var order = doc.GetArray(CharterDocument.OrderKey);
        order.Delete(order.ToArray().IndexOf(clauseId));
        doc.GetMap(CharterDocument.ClausesKey).Delete(clauseId);
    });

    private static async Task<IReadOnlyList<AuditEntry>> AuditAsync(KestrelCharterServer server, string action)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAuditLog>().FindAsync(new AuditQuery(action));
    }
}
