using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Web.Collaboration.Wire;
using Microsoft.AspNetCore.SignalR.Client;

namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// A hub client holding a Charter.Crdt Doc, as a browser holds a yjs Doc: it joins with its state
/// vector, applies what the server pushes, and sends each local edit as an update frame.
/// Its Doc is touched by the test and by pushes from the server, so every access takes a lock.
/// </summary>
internal sealed class CrdtPeer : IAsyncDisposable
{
    private static readonly object Remote = new();

    private readonly Lock _gate = new();
    private readonly List<byte[]> _received = [];
    private readonly List<byte[]> _awareness = [];

    private CrdtPeer(HubConnection connection, string charter)
    {
        Connection = connection;
        Charter = charter;
        connection.On<string, byte[]>("Update", (_, frame) =>
        {
            lock (_gate)
            {
                _received.Add(frame);
                Y.ApplyUpdate(Doc, SyncFrame.Read(frame).Payload, Remote);
            }
        });
        connection.On<string, byte[]>("Awareness", (_, update) =>
        {
            lock (_gate)
            {
                _awareness.Add(update);
            }
        });
        connection.On<string>("Resync", _ => Interlocked.Increment(ref _resyncs));
    }

    private int _resyncs;

    public HubConnection Connection { get; }

    public string Charter { get; }

    public Doc Doc { get; } = new();

    /// <summary>The join's awareness answer: who was here already.</summary>
    public byte[] JoinAwareness { get; private set; } = [];

    public int Resyncs => Volatile.Read(ref _resyncs);

    public static async Task<CrdtPeer> JoinAsync(KestrelCharterServer server, string charter) =>
        await JoinAsync(await server.ConnectAsync(), charter);

    /// <summary>A peer on a started connection, joined to <paramref name="charter"/>.</summary>
    public static async Task<CrdtPeer> JoinAsync(HubConnection connection, string charter)
    {
        var peer = new CrdtPeer(connection, charter);
        await peer.JoinAsync();
        return peer;
    }

    /// <summary>Joins (or rejoins) and sends the server what it lacks.</summary>
    public async Task JoinAsync()
    {
        byte[] step1;
        lock (_gate)
        {
            step1 = SyncFrame.WriteStep1(Y.EncodeStateVector(Doc));
        }

        var reply = await Connection.InvokeAsync<byte[][]>("Join", Charter, step1);
        byte[] missingOnServer;
        lock (_gate)
        {
            Y.ApplyUpdate(Doc, SyncFrame.Read(reply[0]).Payload, Remote);
            missingOnServer = Y.EncodeStateAsUpdate(Doc, SyncFrame.Read(reply[1]).Payload);
        }

        JoinAwareness = reply[2];
        await Connection.InvokeAsync<long>("Update", Charter, SyncFrame.WriteStep2(missingOnServer));
    }

    /// <summary>Makes a local edit and sends it; returns the server's acknowledgement.</summary>
    public Task<long> EditAsync(Action<Doc> edit)
    {
        byte[] update;
        lock (_gate)
        {
            var before = Y.EncodeStateVector(Doc);
            edit(Doc);
            update = Y.EncodeStateAsUpdate(Doc, before);
        }

        return Connection.InvokeAsync<long>("Update", Charter, SyncFrame.WriteUpdate(update));
    }

    public T Read<T>(Func<Doc, T> read)
    {
        lock (_gate)
        {
            return read(Doc);
        }
    }

    public IReadOnlyList<byte[]> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public IReadOnlyList<byte[]> AwarenessReceived
    {
        get
        {
            lock (_gate)
            {
                return [.. _awareness];
            }
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    /// <summary>The body YText of clause <paramref name="clauseId"/>.</summary>
    public static YText Body(Doc doc, string clauseId) =>
        (YText)((YMap)doc.GetMap(CharterDocument.ClausesKey).Get(clauseId)!).Get(CharterDocument.BodyKey)!;
}
