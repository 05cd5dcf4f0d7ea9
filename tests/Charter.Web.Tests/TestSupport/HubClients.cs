using Charter.Crdt.Protocols;
using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Web.Collaboration.Hub;
using Charter.Web.Collaboration.Wire;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// .NET SignalR clients for the charter hub on the app served by real Kestrel, signed in with a
/// person's cookie (see <see cref="TestPeople.CreateSignedInAsync"/>) or not at all.
/// </summary>
internal static class HubClients
{
    /// <summary>The charter the drafts folder holds; the app imports it on first start.</summary>
    public const string Charter = "bill-of-rights";

    /// <summary>Starts <paramref name="app"/> on Kestrel (a free port) rather than the in-memory test server.</summary>
    public static Uri StartOnKestrel(CharterAppFactory app)
    {
        app.UseKestrel(0);
        app.StartServer();
        app.ClientOptions.BaseAddress = BaseAddress(app);
        app.OnKestrel = true;
        return app.ClientOptions.BaseAddress;
    }

    public static Uri BaseAddress(CharterAppFactory app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static HubConnection Create(CharterAppFactory app, string? cookie, string? origin = null) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress(app), CharterHub.Path), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                if (cookie is not null)
                {
                    options.Headers["Cookie"] = cookie;
                }

                if (origin is not null)
                {
                    options.Headers["Origin"] = origin;
                }
            })
            .AddMessagePackProtocol()
            .Build();

    public static async Task<HubConnection> ConnectAsync(CharterAppFactory app, string cookie)
    {
        var connection = Create(app, cookie);
        await connection.StartAsync();
        return connection;
    }

    public static Task<byte[][]> JoinAsync(HubConnection connection) =>
        connection.InvokeAsync<byte[][]>(nameof(CharterHub.Join), Charter, SyncFrame.WriteStep1(Y.EncodeStateVector(new Doc())));

    /// <summary>An update frame that adds <paramref name="text"/> under its own top-level name, from a fresh client.</summary>
    /// <summary>
    /// An update from a new peer that adds a clause of its own (not yet in <c>order</c>) whose body
    /// is <paramref name="text"/>: it fits the charter's layout and removes nothing, so any member
    /// may send it without knowing the charter's state.
    /// </summary>
    public static (byte[] Frame, long ClientId) UpdateFrame(string text)
    {
        var doc = new Doc();
        var clauses = doc.GetMap(CharterDocument.ClausesKey);
        var id = $"c-hub-{doc.ClientId}";
        clauses.Set(id, new YMap());
        var clause = (YMap)clauses.Get(id)!;
        clause.Set(CharterDocument.BodyKey, new YText());
        ((YText)clause.Get(CharterDocument.BodyKey)!).Insert(0, text);
        return (SyncFrame.WriteUpdate(Y.EncodeStateAsUpdate(doc)), doc.ClientId);
    }

    /// <summary>Every clause body in <paramref name="doc"/>, joined: where <see cref="UpdateFrame"/>'s texts land.</summary>
    public static string ClauseBodies(Doc doc) => string.Join("\n",
        doc.GetMap(CharterDocument.ClausesKey) is var clauses
            ? clauses.Keys.Select(id => (clauses.Get(id) as YMap)?.Get(CharterDocument.BodyKey)?.ToString() ?? "")
            : []);

    public static byte[] AwarenessFrameFor(long clientId, string name) =>
        AwarenessFrame.Write([new AwarenessEntry(clientId, 1, "{\"user\":{\"name\":\"" + name + "\"}}")]);
}
