using Charter.Crdt;
using Charter.Domain.Documents;
using Charter.Web.Collaboration.Wire;
using Charter.Web.Storage;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Storage;

/// <summary>The snapshot + log store behind the sessions, on a real SQLite file through the real app.</summary>
public sealed class CharterStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task LoadAsync_LogRowsAfterSnapshot_AreReplayedInOrder()
    {
        await using var server = KestrelCharterServer.Start(_database);
        var charter = await server.CharterNameAsync();
        var clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
        await using (var peer = await CrdtPeer.JoinAsync(server, charter))
        {
            await peer.EditAsync(doc => CrdtPeer.Body(doc, clauseId).Insert(0, "one "));
            await peer.EditAsync(doc => CrdtPeer.Body(doc, clauseId).Insert(4, "two "));
        }

        var stored = await server.Services.GetRequiredService<CharterStore>().LoadAsync(charter, CancellationToken.None);

        Assert.Equal(2, stored.ReplayedUpdates);
        Assert.Equal(2, stored.LastSequence);
        Assert.StartsWith("one two ", CrdtPeer.Body(stored.Doc, clauseId).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_RowsByPeopleTouchingClauses_RecordsOneEditorRowPerPersonAndClause()
    {
        await using var server = KestrelCharterServer.Start(_database);
        var store = server.Services.GetRequiredService<CharterStore>();
        var charter = await server.CharterNameAsync();
        var stored = await store.LoadAsync(charter, CancellationToken.None);
        var next = stored.LastSequence;
        var update = Y.EncodeStateAsUpdate(new Doc());

        await store.AppendAsync(stored.CharterId,
        [
            new PendingUpdateRow(++next, update, "ana", 1, ["c-aaaa", "c-bbbb"]),
            new PendingUpdateRow(++next, update, "ana", 1, ["c-aaaa"]),
            new PendingUpdateRow(++next, update, "bea", 2, []),
            new PendingUpdateRow(++next, update, null, 3, ["c-aaaa"]),
            new PendingUpdateRow(++next, update, "cai", 4),
        ], CancellationToken.None);

        Assert.Equal(["ana"], await store.ClauseEditorsAsync(charter, "c-aaaa", CancellationToken.None));
        Assert.Equal(["ana"], await store.ClauseEditorsAsync(charter, "c-bbbb", CancellationToken.None));
        Assert.Empty(await store.ClauseEditorsAsync(charter, "c-cccc", CancellationToken.None));
        await using var db = _database.OpenContext();
        Assert.Equal(stored.LastSequence + 2, (await db.ClauseEditors.SingleAsync(e => e.ClauseId == "c-aaaa")).LastSequence);
    }

    [Fact]
    public async Task CompactAsync_AfterEdits_FoldsLogIntoSnapshotAndSequenceContinues()
    {
        await using var server = KestrelCharterServer.Start(_database);
        var charter = await server.CharterNameAsync();
        var clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
        await using var peer = await CrdtPeer.JoinAsync(server, charter);
        await peer.EditAsync(doc => CrdtPeer.Body(doc, clauseId).Insert(0, "kept "));

        await using (var lease = await server.Sessions.OpenAsync(charter, CancellationToken.None))
        {
            await lease.Session.CompactAsync();
        }

        await using (var db = _database.OpenContext())
        {
            Assert.Equal(0, await db.Updates.CountAsync());
            Assert.Equal(1, (await db.Snapshots.SingleAsync()).UpToSequence);
        }

        Assert.Equal(2, await peer.EditAsync(doc => CrdtPeer.Body(doc, clauseId).Insert(0, "more ")));
        var stored = await server.Services.GetRequiredService<CharterStore>().LoadAsync(charter, CancellationToken.None);
        Assert.StartsWith("more kept ", CrdtPeer.Body(stored.Doc, clauseId).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FoldLogAsync_ARunOfRows_ReloadsAsTheRowsDidFromOneRow()
    {
        await using var server = KestrelCharterServer.Start(_database);
        var store = server.Services.GetRequiredService<CharterStore>();
        var charter = await server.CharterNameAsync();
        var clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
        await using (var peer = await CrdtPeer.JoinAsync(server, charter))
        {
            await peer.EditAsync(doc => CrdtPeer.Body(doc, clauseId).Insert(0, "one "));
            await peer.EditAsync(doc => CrdtPeer.Body(doc, clauseId).Insert(4, "two "));
            await peer.EditAsync(doc => CrdtPeer.Body(doc, clauseId).Delete(0, 4));
        }

        var before = await store.LoadAsync(charter, CancellationToken.None);
        var rows = await store.ReadLogAsync(before.CharterId, before.SnapshotUpTo, before.LastSequence, CancellationToken.None);
        await store.FoldLogAsync(before.CharterId, before.SnapshotUpTo, before.LastSequence, Y.MergeUpdates(rows), CancellationToken.None);
        var after = await store.LoadAsync(charter, CancellationToken.None);

        Assert.Equal(3, rows.Count);
        Assert.Equal(1, after.ReplayedUpdates);
        Assert.Equal(before.LastSequence, after.LastSequence);
        Assert.Equal(CrdtPeer.Body(before.Doc, clauseId).ToString(), CrdtPeer.Body(after.Doc, clauseId).ToString());
        Assert.StartsWith("two ", CrdtPeer.Body(after.Doc, clauseId).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FoldLogAsync_RowsTheSnapshotAlreadyCovers_ChangesNothing()
    {
        await using var server = KestrelCharterServer.Start(_database);
        var store = server.Services.GetRequiredService<CharterStore>();
        var charter = await server.CharterNameAsync();
        var clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
        await using var peer = await CrdtPeer.JoinAsync(server, charter);
        await peer.EditAsync(doc => CrdtPeer.Body(doc, clauseId).Insert(0, "kept "));
        var stale = await store.LoadAsync(charter, CancellationToken.None);
        var rows = await store.ReadLogAsync(stale.CharterId, stale.SnapshotUpTo, stale.LastSequence, CancellationToken.None);
        await using (var lease = await server.Sessions.OpenAsync(charter, CancellationToken.None))
        {
            await lease.Session.CompactAsync();
        }

        var snapshot = await SnapshotStateAsync();
        await store.FoldLogAsync(stale.CharterId, stale.SnapshotUpTo, stale.LastSequence, Y.MergeUpdates(rows), CancellationToken.None);

        await using var db = _database.OpenContext();
        Assert.Equal(0, await db.Updates.CountAsync());
        Assert.Equal(snapshot, await SnapshotStateAsync());
    }

    [Fact]
    public async Task OpenAsync_CorruptLogRow_IsRefusedAndNothingIsReplaced()
    {
        string charter;
        await using (var first = KestrelCharterServer.Start(_database))
        {
            charter = await first.CharterNameAsync();
        }

        await using (var db = _database.OpenContext())
        {
            var charterId = (await db.Charters.SingleAsync()).Id;
            db.Updates.Add(new CharterUpdateRecord { CharterId = charterId, Sequence = 1, Update = [0x01, 0x09, 0xff], ReceivedAt = DateTimeOffset.UnixEpoch });
            await db.SaveChangesAsync();
        }

        var snapshotBefore = await SnapshotStateAsync();
        await using var server = KestrelCharterServer.Start(_database, VisitorSettings.LiveDraft);
        await using var connection = await server.ConnectAsync();

        var error = await Assert.ThrowsAsync<HubException>(() =>
            connection.InvokeAsync<byte[][]>("Join", charter, SyncFrame.WriteStep1(Y.EncodeStateVector(new Doc()))));
        var direct = await Assert.ThrowsAsync<CharterUnreadableException>(() =>
            server.Services.GetRequiredService<CharterStore>().LoadAsync(charter, CancellationToken.None));
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var page = await http.GetStringAsync("/");

        Assert.Contains("cannot be read", error.Message);
        Assert.Contains("update 1", direct.Problem);
        Assert.Contains("cannot be read", page);
        Assert.Equal(snapshotBefore, await SnapshotStateAsync());
        await using var after = _database.OpenContext();
        Assert.Equal([0x01, 0x09, 0xff], (await after.Updates.SingleAsync()).Update);
    }

    [Fact]
    public async Task OpenAsync_CorruptSnapshot_IsRefused()
    {
        await using (var first = KestrelCharterServer.Start(_database))
        {
        }

        await using (var db = _database.OpenContext())
        {
            var snapshot = await db.Snapshots.SingleAsync();
            snapshot.State = snapshot.State[..(snapshot.State.Length / 2)];
            await db.SaveChangesAsync();
        }

        await using var server = KestrelCharterServer.Start(_database);
        var charter = await server.CharterNameAsync();

        var error = await Assert.ThrowsAsync<CharterUnreadableException>(() => server.Sessions.OpenAsync(charter, CancellationToken.None));

        Assert.Contains("snapshot", error.Problem);
    }

    [Fact]
    public async Task Restart_AfterEdits_LoadsTheEditedCharter()
    {
        var source = RepositoryDrafts.Load()[0].Source;
        var clauseId = source.Clauses.First().Id;
        string charter;
        await using (var server = KestrelCharterServer.Start(_database))
        {
            charter = await server.CharterNameAsync();
            await using var peer = await CrdtPeer.JoinAsync(server, charter);
            await peer.EditAsync(doc => CrdtPeer.Body(doc, clauseId).Insert(0, "Edited. "));
        }

        await using var restarted = KestrelCharterServer.Start(_database);
        await using var lease = await restarted.Sessions.OpenAsync(charter, CancellationToken.None);
        var read = await lease.Session.ReadAsync(CharterDocument.ReadSource);

        Assert.Equal("Edited. " + source.Clauses.First().Body, read.Clauses.First().Body);
    }

    private async Task<byte[]> SnapshotStateAsync()
    {
        await using var db = _database.OpenContext();
        return (await db.Snapshots.SingleAsync()).State;
    }

    public void Dispose() => _database.Dispose();
}
