using Charter.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Tests.Collaboration;

/// <summary>
/// The log is merged into a new snapshot once it is long enough and large enough next to the
/// snapshot, so compaction costs the same per update however large the charter is; and a long
/// run of small rows is folded into one row, so a reload replays few rows.
/// </summary>
public sealed class CompactionPolicyTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private KestrelCharterServer _server = null!;
    private string _charter = "";
    private string _clauseId = "";

    public async Task InitializeAsync()
    {
        _server = KestrelCharterServer.Start(_database, new Dictionary<string, string>
        {
            ["Charter:Collaboration:CompactAfterUpdates"] = "3",
            ["Charter:Collaboration:FoldLogAfterUpdates"] = "12",
        });
        _charter = await _server.CharterNameAsync();
        _clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Commit_SmallUpdatesPastTheCount_StayInTheLogUntilTheyOutweighHalfTheSnapshot()
    {
        await using var peer = await CrdtPeer.JoinAsync(_server, _charter);
        var imported = await SnapshotAsync();

        for (var i = 0; i < 5; i++)
        {
            await peer.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, "x"));
        }

        Assert.Equal(imported.UpToSequence, (await SnapshotAsync()).UpToSequence);
        var large = await peer.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, new string('y', imported.State.Length / 2)));
        await Eventually.TrueAsync(async () => (await SnapshotAsync()).UpToSequence == large, () => "the log was never compacted");
    }

    [Fact]
    public async Task Commit_ManySmallUpdates_FoldedIntoOneRowAtTheLimitAndTheSnapshotKept()
    {
        await using var peer = await CrdtPeer.JoinAsync(_server, _charter);
        var imported = await SnapshotAsync();

        long last = 0;
        for (var i = 0; i < 12; i++)
        {
            last = await peer.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, "x"));
        }

        await Eventually.TrueAsync(async () => (await LogSequencesAsync()).SequenceEqual([last]), () => "the rows were never folded");
        Assert.Equal(imported.UpToSequence, (await SnapshotAsync()).UpToSequence);
        await using var db = _database.OpenContext();
        var folded = await db.Updates.AsNoTracking().SingleAsync();
        Assert.Null(folded.UserId);
        var reloaded = new Charter.Crdt.Doc();
        Charter.Crdt.Y.ApplyUpdate(reloaded, imported.State);
        Charter.Crdt.Y.ApplyUpdate(reloaded, folded.Update);
        Assert.Equal(peer.Read(doc => CrdtPeer.Body(doc, _clauseId).ToString()), CrdtPeer.Body(reloaded, _clauseId).ToString());
    }

    [Fact]
    public async Task Commit_FoldedRowsThenMore_StillRewriteTheSnapshotWithEveryEdit()
    {
        await using var peer = await CrdtPeer.JoinAsync(_server, _charter);
        var imported = await SnapshotAsync();
        for (var i = 0; i < 12; i++)
        {
            await peer.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, "x"));
        }

        await Eventually.TrueAsync(async () => (await LogSequencesAsync()).Count == 1, () => "the rows were never folded");
        // The folded row counts as one: with these two the log holds three rows, past half the snapshot.
        await peer.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, new string('y', imported.State.Length / 2)));
        var last = await peer.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, "z"));

        await Eventually.TrueAsync(async () => (await SnapshotAsync()).UpToSequence == last, () => "the snapshot was never rewritten");
        Assert.Empty(await LogSequencesAsync());
        var reloaded = new Charter.Crdt.Doc();
        Charter.Crdt.Y.ApplyUpdate(reloaded, (await SnapshotAsync()).State);
        Assert.Equal(peer.Read(doc => CrdtPeer.Body(doc, _clauseId).ToString()), CrdtPeer.Body(reloaded, _clauseId).ToString());
    }

    private async Task<List<long>> LogSequencesAsync()
    {
        await using var db = _database.OpenContext();
        return await db.Updates.AsNoTracking().OrderBy(u => u.Sequence).Select(u => u.Sequence).ToListAsync();
    }

    private async Task<Charter.Web.Storage.CharterSnapshotRecord> SnapshotAsync()
    {
        await using var db = _database.OpenContext();
        return await db.Snapshots.AsNoTracking().SingleAsync(s => db.Charters.Any(c => c.Id == s.CharterId && c.Name == _charter));
    }
}
