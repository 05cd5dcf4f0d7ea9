using Charter.Web.Reading;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Reading;

/// <summary>
/// The read views' shared readings on a real running app: however many views are open, a commit
/// costs one read of the Doc per language, and the views keep following the charter after its
/// session faults.
/// </summary>
public sealed class SharedCharterReadingsTests : IAsyncLifetime
{
    private const int Views = 5;

    private readonly TempDatabase _database = new();
    private KestrelCharterServer _server = null!;
    private SharedCharterReadings _readings = null!;
    private string _charter = "";
    private string _clauseId = "";

    public async Task InitializeAsync()
    {
        _server = KestrelCharterServer.Start(_database);
        _readings = _server.Services.GetRequiredService<SharedCharterReadings>();
        _charter = await _server.CharterNameAsync();
        _clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
    }

    [Fact]
    public async Task ReadAsync_ManyViewsOnOneCommit_ReadTheDocOnce()
    {
        var watches = Enumerable.Range(0, Views).Select(_ => _readings.Watch(_charter, () => { })).ToList();
        var before = _readings.DocReads;

        var read = await Task.WhenAll(watches.Select(w => w.ReadAsync(null)));

        Assert.Equal(before + 1, _readings.DocReads);
        Assert.All(read, reading => Assert.Same(read[0], reading));
        var spanish = await Task.WhenAll(watches.Select(w => w.ReadAsync("es")));
        Assert.Equal(before + 2, _readings.DocReads);
        Assert.All(spanish, reading => Assert.Equal("es", reading.Language));
        watches.ForEach(w => w.Dispose());
    }

    [Fact]
    public async Task ReadAsync_AfterACommit_EveryViewIsToldAndTheyShareOneNewReading()
    {
        var told = new int[Views];
        var watches = Enumerable.Range(0, Views).Select(i => _readings.Watch(_charter, () => Interlocked.Increment(ref told[i]))).ToList();
        await Task.WhenAll(watches.Select(w => w.ReadAsync(null)));
        await using var peer = await CrdtPeer.JoinAsync(_server, _charter);
        var before = _readings.DocReads;

        await peer.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, "[shared] "));

        await Eventually.TrueAsync(async () => BodyOf(await watches[0].ReadAsync(null)).StartsWith("[shared] ", StringComparison.Ordinal), () => "the edit in the reading");
        var read = await Task.WhenAll(watches.Select(w => w.ReadAsync(null)));
        Assert.All(read, reading => Assert.Same(read[0], reading));
        Assert.Equal(before + 1, _readings.DocReads);
        Assert.All(told, count => Assert.NotEqual(0, count));
        watches.ForEach(w => w.Dispose());
    }

    [Fact]
    public async Task Watch_SessionFaultsAndReloads_ViewsKeepGettingUpdates()
    {
        var told = 0;
        using var watch = _readings.Watch(_charter, () => Interlocked.Increment(ref told));
        await watch.ReadAsync(null);
        await using var writer = await CrdtPeer.JoinAsync(_server, _charter);
        using (_database.RefuseLogAppends())
        {
            await Assert.ThrowsAsync<HubException>(() => writer.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, "[lost] ")));
            await Eventually.TrueAsync(() => Volatile.Read(ref told) >= 1, () => "the view told of the fault");
            Assert.DoesNotContain("[lost]", BodyOf(await watch.ReadAsync(null)), StringComparison.Ordinal);
        }

        await using var later = await CrdtPeer.JoinAsync(_server, _charter);
        await later.EditAsync(doc => CrdtPeer.Body(doc, _clauseId).Insert(0, "[after] "));

        await Eventually.TrueAsync(async () => BodyOf(await watch.ReadAsync(null)).StartsWith("[after] ", StringComparison.Ordinal),
            () => "the edit made after the fault in the reading");
    }

    private string BodyOf(CharterReading reading) =>
        reading.Parts.SelectMany(p => p.Clauses).Single(c => c.Id == _clauseId).Body;

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _database.Dispose();
    }
}
