using Charter.Crdt;
using Charter.Crdt.Encoding;
using Charter.Crdt.Utils;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;
using Charter.Web.Accounts;
using Charter.Web.Collaboration.Wire;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.History;

/// <summary>People on a real server for the destructive-edit and history tests, and the attacker's update.</summary>
internal static class HistoryTestPeers
{
    /// <summary>A new person with <paramref name="role"/>, signed in, on a started hub connection.</summary>
    public static async Task<(Person Person, HubConnection Connection)> ConnectAsync(KestrelCharterServer server, CharterRole role, string? name = null)
    {
        Person person;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            person = await TestSignIn.CreateAsync(scope.ServiceProvider, role, name);
        }

        var cookie = await TestSignIn.CookieAsync(server.BaseAddress, person);
        var connection = new HubConnectionBuilder()
            .WithUrl(server.HubUrl, options => options.Headers["Cookie"] = cookie)
            .AddMessagePackProtocol()
            .Build();
        await connection.StartAsync();
        return (person, connection);
    }

    /// <summary>
    /// The 254-byte kind of update: no structs, a delete set covering [0, clock) of every client
    /// in <paramref name="doc"/>'s state vector, which deletes every item the charter has.
    /// </summary>
    public static byte[] DeleteEverythingFrame(Doc doc)
    {
        var deleteSet = new DeleteSet();
        foreach (var (client, clock) in doc.Store.GetStateVector())
        {
            deleteSet.Add(client, 0, clock);
        }

        var encoder = new UpdateEncoderV1();
        encoder.RestEncoder.WriteVarUint(0);
        deleteSet.Write(encoder);
        return SyncFrame.WriteUpdate(encoder.ToArray());
    }

    /// <summary>The charter's source text as the server holds it now.</summary>
    public static async Task<CharterDraft> ServerTextAsync(KestrelCharterServer server, string charter)
    {
        await using var lease = await server.Sessions.OpenAsync(charter, CancellationToken.None);
        return await lease.Session.ReadAsync(CharterDocument.ReadSource);
    }

    /// <summary>Everything a reader compares: title, preamble, and each clause's id, title and body in order.</summary>
    public static string Flatten(CharterDraft draft) =>
        string.Join("\n", new[] { draft.Title, draft.Preamble }
            .Concat(draft.Clauses.Select(c => $"{c.Id}|{c.Title}|{c.Body}")));
}
