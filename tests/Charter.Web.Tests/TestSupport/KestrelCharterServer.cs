using System.Net;
using Charter.Web.Accounts;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Hub;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// The real app in process on real Kestrel at 127.0.0.1 (a free port) and a real SQLite file.
/// Disposing stops it the way the app stops (open charters are compacted), so a second server on
/// the same database is a restart.
/// </summary>
internal sealed class KestrelCharterServer : IAsyncDisposable
{
    private readonly Factory _factory;

    private KestrelCharterServer(Factory factory, Uri baseAddress)
    {
        _factory = factory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri HubUrl => new(BaseAddress, CharterHub.Path);

    public IServiceProvider Services => _factory.Services;

    public CharterSessionRegistry Sessions => Services.GetRequiredService<CharterSessionRegistry>();

    /// <param name="replaceServices">Registrations that replace the app's, such as a part's clock.</param>
    public static KestrelCharterServer Start(
        TempDatabase database, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? replaceServices = null)
    {
        var factory = new Factory(database, settings ?? new Dictionary<string, string>(), replaceServices);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        return new KestrelCharterServer(factory, new Uri(address));
    }

    /// <summary>A started SignalR client on the MessagePack protocol, signed in as a new person with <paramref name="role"/>.</summary>
    public async Task<HubConnection> ConnectAsync(CharterRole role = CharterRole.Member)
    {
        await using var scope = Services.CreateAsyncScope();
        var person = await TestSignIn.CreateAsync(scope.ServiceProvider, role);
        var cookie = await TestSignIn.CookieAsync(BaseAddress, person);
        var connection = new HubConnectionBuilder()
            .WithUrl(HubUrl, options => options.Headers["Cookie"] = cookie)
            .AddMessagePackProtocol()
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>The name of the charter imported from drafts/.</summary>
    public async Task<string> CharterNameAsync() => (await Sessions.ListNamesAsync(CancellationToken.None))[0];

    /// <summary>
    /// Unloads (compacts) open charters, then stops the app. The unload is done here first because
    /// the factory in Kestrel mode may dispose the app's services while hosted services stop.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await Sessions.UnloadAllAsync();
        await _factory.DisposeAsync();
    }

    private sealed class Factory(TempDatabase database, IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? replaceServices)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Charter", database.ConnectionString);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            if (replaceServices is not null)
            {
                builder.ConfigureTestServices(replaceServices);
            }
        }
    }
}
