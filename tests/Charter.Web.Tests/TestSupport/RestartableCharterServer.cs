using Charter.Crdt;
using Charter.Web.Collaboration.Wire;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// A <see cref="KestrelCharterServer"/> on a temporary database that can be restarted on the same
/// database, with the checks every attack test ends with: a member who joins afterwards sees the
/// text everyone agreed on, and so does one who joins after a restart.
/// </summary>
internal sealed class RestartableCharterServer : IAsyncDisposable
{
    private readonly TempDatabase _database = new();
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _replaceServices;

    private RestartableCharterServer(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? replaceServices)
    {
        _settings = settings;
        _replaceServices = replaceServices;
        Server = KestrelCharterServer.Start(_database, settings, replaceServices);
    }

    public KestrelCharterServer Server { get; private set; }

    public string Charter { get; private set; } = "";

    public string ClauseId { get; } = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;

    public static async Task<RestartableCharterServer> StartAsync(
        IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? replaceServices = null)
    {
        var server = new RestartableCharterServer(settings ?? new Dictionary<string, string>(), replaceServices);
        server.Charter = await server.Server.CharterNameAsync();
        return server;
    }

    public Task<CrdtPeer> JoinAsync() => CrdtPeer.JoinAsync(Server, Charter);

    /// <summary>Sends an update frame as it is, from a member's new connection.</summary>
    public async Task<long> SendRawAsync(HubConnection connection, byte[] update) =>
        await connection.InvokeAsync<long>("Update", Charter, SyncFrame.WriteUpdate(update));

    /// <summary>The clause body as the server holds it.</summary>
    public async Task<string> ServerBodyAsync()
    {
        await using var lease = await Server.Sessions.OpenAsync(Charter, CancellationToken.None);
        return await lease.Session.ReadAsync(doc => CrdtPeer.Body(doc, ClauseId).ToString());
    }

    /// <summary>
    /// A member who joins now sees <paramref name="expectedBody"/>, can still edit, and after a
    /// restart on the same database a member who joins sees the same text.
    /// </summary>
    public async Task AssertIntactAsync(string expectedBody)
    {
        await using (var late = await JoinAsync())
        {
            Assert.Equal(expectedBody, late.Read(doc => CrdtPeer.Body(doc, ClauseId).ToString()));
            Assert.True(await late.EditAsync(doc => CrdtPeer.Body(doc, ClauseId).Insert(0, "After. ")) > 0);
        }

        expectedBody = "After. " + expectedBody;
        await RestartAsync();
        await using var afterRestart = await JoinAsync();
        Assert.Equal(expectedBody, afterRestart.Read(doc => CrdtPeer.Body(doc, ClauseId).ToString()));
        Assert.False(afterRestart.Read(doc => doc.HasPending));
    }

    /// <summary>Stops the server (compacting open charters) and starts it again on the same database.</summary>
    public async Task RestartAsync()
    {
        await Server.DisposeAsync();
        Server = KestrelCharterServer.Start(_database, _settings, _replaceServices);
    }

    /// <summary>A Doc holding what the server holds now, for crafting updates against it.</summary>
    public async Task<Doc> CopyAsync(long clientId)
    {
        await using var lease = await Server.Sessions.OpenAsync(Charter, CancellationToken.None);
        var state = await lease.Session.ReadAsync(doc => Y.EncodeStateAsUpdate(doc));
        var copy = new Doc(clientId);
        Y.ApplyUpdate(copy, state);
        return copy;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _database.Dispose();
    }
}
