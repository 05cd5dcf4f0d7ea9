using Charter.Crdt;
using Charter.Crdt.Encoding.UpdateOps;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Hub;
using Charter.Web.Collaboration.Wire;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Charter.Web.Tests.Collaboration;

/// <summary>
/// Updates a member could send to wreck a charter, over real SignalR on real SQLite. Each is
/// refused (or, for pending structs, expires), the others carry on, and afterwards a member who
/// joins sees the agreed text, as does one who joins after a restart.
/// </summary>
public sealed class HostileUpdateTests : IAsyncLifetime
{
    private static readonly TimeSpan UploadTimeout = TimeSpan.FromSeconds(2);

    // The uploads' own clock, moved by hand: on the real one, a busy machine that took longer than
    // the timeout to send one person's 40 MiB saw the first uploads dropped before the limit was met.
    private readonly FakeTimeProvider _uploadClock = new();
    private RestartableCharterServer _charter = null!;

    public async Task InitializeAsync() => _charter = await RestartableCharterServer.StartAsync(
        new Dictionary<string, string>
        {
            // Long enough that two updates sent together share one commit.
            ["Charter:Collaboration:MinimumCommitInterval"] = "00:00:00.500",
            ["Charter:Collaboration:PendingExpiresAfterCommits"] = "3",
            ["Charter:Collaboration:ChunkedUploadTimeout"] = UploadTimeout.ToString(),
        },
        services => services.AddSingleton(provider => new ChunkedUploads(provider.GetRequiredService<IOptions<CollaborationOptions>>(), _uploadClock)));

    public async Task DisposeAsync() => await _charter.DisposeAsync();

    [Fact]
    public async Task WedgePair_SentTogetherWithAnEdit_WedgeRefusedEditCommittedSessionKeepsAnswering()
    {
        await using var alice = await _charter.JoinAsync();
        await using var mallory = await _charter.Server.ConnectAsync();
        await alice.EditAsync(doc => CrdtPeer.Body(doc, _charter.ClauseId).Insert(0, "Warm-up. "));

        var edit = alice.EditAsync(doc => CrdtPeer.Body(doc, _charter.ClauseId).Insert(0, "Alice. "));
        var wedge = _charter.SendRawAsync(mallory, WedgeUpdate());

        var refused = await Assert.ThrowsAsync<HubException>(() => wedge);
        Assert.True(await edit > 0);
        Assert.Contains("Nothing was changed", refused.Message);
        var body = alice.Read(doc => CrdtPeer.Body(doc, _charter.ClauseId).ToString());
        Assert.StartsWith("Alice. Warm-up. ", body, StringComparison.Ordinal);
        await _charter.AssertIntactAsync(body);
    }

    [Fact]
    public async Task DeepNesting_TwentyThousandMapsUnderClauses_RefusedAndNothingApplied()
    {
        await using var mallory = await _charter.Server.ConnectAsync();
        var body = await _charter.ServerBodyAsync();
        var attacker = await _charter.CopyAsync(4_000_001);
        var before = Y.EncodeStateVector(attacker);
        var map = attacker.GetMap(CharterDocument.ClausesKey);
        for (var level = 0; level < 20_000; level++)
        {
            map.Set("c-deep", new YMap());
            map = (YMap)map.Get("c-deep")!;
        }

        var update = Y.EncodeStateAsUpdate(attacker, before);
        var refused = await Assert.ThrowsAsync<HubException>(() => _charter.SendRawAsync(mallory, update));

        Assert.Contains("Update refused", refused.Message);
        Assert.True(update.Length < 512 * 1024, "the attack must fit one message to reach the session");
        await _charter.AssertIntactAsync(body);
    }

    [Fact]
    public async Task DeepNesting_KeysSetOnEightThousandLevels_Refused()
    {
        await using var mallory = await _charter.Server.ConnectAsync();
        var body = await _charter.ServerBodyAsync();
        var attacker = await _charter.CopyAsync(4_000_002);
        var before = Y.EncodeStateVector(attacker);
        var map = attacker.GetMap(CharterDocument.ClausesKey);
        for (var level = 0; level < 8_000; level++)
        {
            map.Set("n", new YMap());
            map.Set("k", "v");
            map = (YMap)map.Get("n")!;
        }

        await Assert.ThrowsAsync<HubException>(() => _charter.SendRawAsync(mallory, Y.EncodeStateAsUpdate(attacker, before)));

        await _charter.AssertIntactAsync(body);
    }

    [Fact]
    public async Task FarFutureClock_ItemAtTenToTheTwelfth_Refused()
    {
        await using var mallory = await _charter.Server.ConnectAsync();
        var body = await _charter.ServerBodyAsync();
        var attacker = await _charter.CopyAsync(4_000_003);
        var before = Y.EncodeStateVector(attacker);
        CrdtPeer.Body(attacker, _charter.ClauseId).Insert(0, "From the future. ");
        var decoded = Updates.DecodeUpdate(Y.EncodeStateAsUpdate(attacker, before));
        var moved = decoded with
        {
            Blocks = [.. decoded.Blocks.Select(b => b with { Id = new Id(b.Id.Client, 1_000_000_000_000 + b.Id.Clock) })],
        };
        var update = Updates.EncodeUpdate(moved, UpdateFormat.V1, preserveRawFields: false);

        var refused = await Assert.ThrowsAsync<HubException>(() => _charter.SendRawAsync(mallory, update));

        Assert.Contains("past what this charter holds", refused.Message);
        await _charter.AssertIntactAsync(body);
    }

    [Fact]
    public async Task MissingDependencyThatNeverArrives_ExpiresAndLeavesNothingForLaterMembers()
    {
        await using var alice = await _charter.JoinAsync();
        await using var mallory = await _charter.Server.ConnectAsync();
        var attacker = await _charter.CopyAsync(4_000_004);
        var text = CrdtPeer.Body(attacker, _charter.ClauseId);
        text.Insert(0, "never sent ");
        var afterFirst = Y.EncodeStateVector(attacker);
        text.Insert(11, "waits ");

        Assert.True(await _charter.SendRawAsync(mallory, Y.EncodeStateAsUpdate(attacker, afterFirst)) > 0);
        Assert.True(await ServerHasPendingAsync());
        // Its own commit was the first of the three it may wait for.
        await alice.EditAsync(doc => CrdtPeer.Body(doc, _charter.ClauseId).Insert(0, "[1]"));
        Assert.True(await ServerHasPendingAsync());
        await alice.EditAsync(doc => CrdtPeer.Body(doc, _charter.ClauseId).Insert(0, "[2]"));

        Assert.False(await ServerHasPendingAsync());
        await using (var joiner = await _charter.JoinAsync())
        {
            Assert.False(joiner.Read(doc => doc.HasPending));
        }

        await _charter.AssertIntactAsync(alice.Read(doc => CrdtPeer.Body(doc, _charter.ClauseId).ToString()));
    }

    [Fact]
    public async Task ChunkedUpload_HundredMegabytes_RefusedAndItsBytesFreed()
    {
        await using var mallory = await _charter.Server.ConnectAsync();
        var body = await _charter.ServerBodyAsync();
        var chunk = new byte[400 * 1024];
        var count = (100 * 1024 * 1024) / chunk.Length;

        var refused = await Assert.ThrowsAsync<HubException>(async () =>
        {
            for (var i = 0; i < count; i++)
            {
                await mallory.InvokeAsync<long>("UpdateChunk", _charter.Charter, "huge", i, count, chunk);
            }
        });

        Assert.Contains("exceeds", refused.Message);
        Assert.Equal(0L, Uploads().HeldBytes);
        await _charter.AssertIntactAsync(body);
    }

    [Fact]
    public async Task ChunkedUploads_AbandonedByOnePerson_BoundedThenFreedAfterTheTimeout()
    {
        var body = await _charter.ServerBodyAsync();
        await using var mallory = await _charter.Server.ConnectAsync();
        var chunk = new byte[400 * 1024];

        // A connection may hold four uploads of up to 32 MiB each; a person at most 40 MiB in all.
        var refused = await Assert.ThrowsAsync<HubException>(async () =>
        {
            for (var upload = 0; upload < 4; upload++)
            {
                for (var i = 0; i < 40; i++)
                {
                    await mallory.InvokeAsync<long>("UpdateChunk", _charter.Charter, $"abandoned-{upload}", i, 1000, chunk);
                }
            }
        });

        Assert.Contains("unfinished uploads would hold more than", refused.Message);
        Assert.InRange(Uploads().HeldBytes, 1, 40 * 1024 * 1024);
        // Nobody sends another chunk: the sweep frees them once the timeout has passed.
        _uploadClock.Advance(UploadTimeout - TimeSpan.FromTicks(1));
        Assert.NotEqual(0L, Uploads().HeldBytes);
        _uploadClock.Advance(TimeSpan.FromTicks(1) + UploadTimeout / 4);
        Assert.Equal(0L, Uploads().HeldBytes);
        await _charter.AssertIntactAsync(body);
    }

    private ChunkedUploads Uploads() => _charter.Server.Services.GetRequiredService<ChunkedUploads>();

    private async Task<bool> ServerHasPendingAsync()
    {
        await using var lease = await _charter.Server.Sessions.OpenAsync(_charter.Charter, CancellationToken.None);
        return await lease.Session.ReadAsync(doc => doc.HasPending);
    }

    /// <summary>
    /// 26 bytes: client 1 with a one-character string item, then a struct whose info byte is 0x2A (a
    /// Skip ref with the parent-sub bit), which the Doc's reader once took for a Skip and the merge
    /// reader refused, so a commit holding it could not be broadcast.
    /// </summary>
    private static byte[] WedgeUpdate()
    {
        var doc = new Doc(1);
        doc.GetText("t").Insert(0, "a");
        var bytes = Y.EncodeStateAsUpdate(doc).ToList();
        bytes[1] = 2;
        bytes.InsertRange(bytes.Count - 1, [0x2A, 0x01]);
        while (bytes.Count < 26)
        {
            var at = bytes.Count - 2;
            bytes[at] = (byte)(bytes[at] | 0x80);
            bytes.Insert(at + 1, 0x00);
        }

        return [.. bytes];
    }
}
