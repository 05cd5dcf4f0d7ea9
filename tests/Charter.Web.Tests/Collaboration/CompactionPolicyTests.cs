using Charter.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Tests.Collaboration;

/// <summary>
/// The log is folded into a snapshot once it is long enough and large enough next to the
/// snapshot, so compaction costs the same per update however large the charter is.
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
            ["Charter:Collaboration:CompactAlwaysAfterUpdates"] = "12",
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
    public async Task Commit_ManySmallUpdates_CompactedAtTheHardLimitWhateverTheirSize()
    {
        await using var peer = await CrdtPeer.JoinAsync(_server, _charter);

        long last = 0;
        for (var i = 0; i < 12; i++)
        {
            last = await peer.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, "x"));
        }

        await Eventually.TrueAsync(async () => (await SnapshotAsync()).UpToSequence == last, () => "the log was never compacted");
        await using var db = _database.OpenContext();
        Assert.False(await db.Updates.AnyAsync(u => u.Sequence <= last));
    }

    private async Task<Charter.Web.Storage.CharterSnapshotRecord> SnapshotAsync()
    {
        await using var db = _database.OpenContext();
        return await db.Snapshots.AsNoTracking().SingleAsync(s => db.Charters.Any(c => c.Id == s.CharterId && c.Name == _charter));
    }
}
