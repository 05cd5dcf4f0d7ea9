using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.Tests.Collaboration;

/// <summary>
/// A commit that fails (here: the database refuses the insert, as a full disk or an I/O error
/// would) on the real app over real SignalR: the sender gets an error instead of an
/// acknowledgement, the unacknowledged edit is not stored, and once the database accepts writes
/// again the charter reloads from what is stored and takes new edits.
/// </summary>
public sealed class CommitFailureTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private KestrelCharterServer _server = null!;

    public Task InitializeAsync()
    {
        _server = KestrelCharterServer.Start(_database);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Update_CommitFails_SenderGetsAnErrorAndTheEditIsNotStored()
    {
        var charter = await _server.CharterNameAsync();
        var clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
        await using var writer = await CrdtPeer.JoinAsync(await _server.ConnectAsync(), charter);
        await writer.EditAsync(doc => CrdtPeer.Body(doc, clauseId).Insert(0, "[stored] "));

        using (_database.RefuseLogAppends())
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => writer.EditAsync(doc => CrdtPeer.Body(doc, clauseId).Insert(0, "[lost] ")));
            Assert.Contains(charter, refused.Message, StringComparison.Ordinal);
        }

        await using var later = await CrdtPeer.JoinAsync(await _server.ConnectAsync(), charter);
        await later.EditAsync(doc => CrdtPeer.Body(doc, clauseId).Insert(0, "[after] "));
        var text = later.Read(doc => CrdtPeer.Body(doc, clauseId).ToString());
        Assert.StartsWith("[after] [stored] ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[lost]", text, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _database.Dispose();
    }
}
