using Charter.Web.Accounts;
using Charter.Web.Collaboration.Hub;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// The built app as its own process on a given SQLite file, so a test can kill it the hard way
/// (SIGKILL) and start it again on the same data.
/// </summary>
internal sealed class ChildProcessCharterServer : IAsyncDisposable
{
    private readonly CharterAppProcess _app;
    private readonly TempDatabase _database;

    private ChildProcessCharterServer(CharterAppProcess app, TempDatabase database)
    {
        _app = app;
        _database = database;
    }

    public Uri BaseAddress => _app.BaseAddress;

    public string Output => _app.Output;

    /// <param name="environment">Further settings as environment variables (<c>Charter__Section__Key</c>).</param>
    public static async Task<ChildProcessCharterServer> StartAsync(TempDatabase database, IReadOnlyDictionary<string, string>? environment = null) =>
        new(await CharterAppProcess.StartAsync(new CharterAppSettings
        {
            DataDirectory = Path.GetDirectoryName(database.FilePath)!,
            ConnectionString = database.ConnectionString,
            Environment = environment ?? new Dictionary<string, string>(),
        }), database);

    /// <summary>A started hub client signed in as a new member, seeded on the same database file.</summary>
    public async Task<HubConnection> ConnectAsync()
    {
        var cookie = await TestSignIn.CookieAsync(BaseAddress, await TestSignIn.SeedPersonAsync(_database, CharterRole.Member));
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, CharterHub.Path), options => options.Headers["Cookie"] = cookie)
            .AddMessagePackProtocol()
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>SIGKILL: no shutdown hooks, no compaction, no flush.</summary>
    public Task KillAsync() => _app.KillAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
