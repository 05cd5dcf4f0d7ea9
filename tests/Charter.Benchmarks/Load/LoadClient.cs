using System.Diagnostics;
using Charter.Crdt;
using Charter.Crdt.Lib0;
using Charter.Crdt.Types;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Benchmarks.Load;

/// <summary>
/// One simulated editor on its own SignalR connection. A full client applies everything it
/// receives, as a browser does, and times when each token arrives. A light client inserts real
/// tokens into a doc holding only the charter and its own tokens, and only counts what it receives
/// (100 full docs in one process would saturate the generator before the server).
/// </summary>
public sealed class LoadClient : IAsyncDisposable
{
    private const int SyncStep1 = 0;
    private const int SyncStep2 = 1;
    private const int SyncUpdate = 2;

    private readonly Lock _gate = new();
    private readonly HubConnection _connection;
    private readonly string _charter;
    private readonly string _clauseId;
    private readonly SendLedger _ledger;
    private readonly Dictionary<long, int> _progress = [];
    private readonly Doc _doc = new();
    private byte[]? _localUpdate;
    private long _deliveries;
    private long _frames;
    private long _acknowledged;
    private long _sent;
    private long _failed;

    private LoadClient(HubConnection connection, string charter, string clauseId, bool full, SendLedger ledger, int expectedDeliveries)
    {
        Latencies = new LatencyLog(expectedDeliveries);
        _connection = connection;
        _charter = charter;
        _clauseId = clauseId;
        IsFull = full;
        _ledger = ledger;
        connection.On<string, byte[]>("Update", (_, frame) => Receive(frame));
    }

    public bool IsFull { get; }

    /// <summary>From each token's send until this client held it.</summary>
    public LatencyLog Latencies { get; }

    public long Deliveries => Interlocked.Read(ref _deliveries);

    /// <summary>Update frames received; fewer than <see cref="Deliveries"/> when the server merged updates.</summary>
    public long Frames => Interlocked.Read(ref _frames);

    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    public long Sent => Interlocked.Read(ref _sent);

    public long Failed => Interlocked.Read(ref _failed);

    /// <param name="expectedDeliveries">Tokens this client is expected to receive in the run, reserved up front.</param>
    public static async Task<LoadClient> ConnectAsync(
        Uri hubUrl, string cookie, string charter, string clauseId, bool full, SendLedger ledger, int expectedDeliveries)
    {
        var connection = await StartConnectionAsync(hubUrl, cookie);
        var client = new LoadClient(connection, charter, clauseId, full, ledger, expectedDeliveries);
        var reply = await connection.InvokeAsync<byte[][]>("Join", charter, Frame(SyncStep1, Y.EncodeStateVector(client._doc)));
        lock (client._gate)
        {
            Y.ApplyUpdate(client._doc, Payload(reply[0]), "server");
        }

        return client;
    }

    /// <summary>A started hub connection over WebSockets with MessagePack, signed in with <paramref name="cookie"/>.</summary>
    public static async Task<HubConnection> StartConnectionAsync(Uri hubUrl, string cookie)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hubUrl, HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.Headers["Cookie"] = cookie;
            })
            .AddMessagePackProtocol()
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Inserts the token <c>[client:seq]</c> at a random position and sends it without waiting.</summary>
    public void InsertToken(string token, Random random)
    {
        byte[] update;
        lock (_gate)
        {
            var body = Body();
            // A light client never inserts at 0, so its items never take a null origin (see yload).
            var index = IsFull ? random.Next(body.Length + 1) : 1 + random.Next(body.Length);
            var clock = _doc.Store.GetStateVector().GetValueOrDefault(_doc.ClientId);
            _ledger.Record(_doc.ClientId, clock, Stopwatch.GetTimestamp());
            // Listening only around the local insert: a permanent listener would make every
            // remote transaction encode an update too (yload avoids the same cost).
            _doc.Update += CaptureLocalUpdate;
            body.Insert(index, token);
            _doc.Update -= CaptureLocalUpdate;
            update = _localUpdate!;
        }

        Interlocked.Increment(ref _sent);
        _ = AcknowledgeAsync(_connection.InvokeAsync<long>("Update", _charter, Frame(SyncUpdate, update)));
    }

    public IReadOnlyDictionary<long, long> StateVector()
    {
        lock (_gate)
        {
            return _doc.Store.GetStateVector();
        }
    }

    public string Text()
    {
        lock (_gate)
        {
            return Body().ToString();
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private async Task AcknowledgeAsync(Task<long> ack)
    {
        try
        {
            await ack;
            Interlocked.Increment(ref _acknowledged);
        }
        catch (Exception)
        {
            Interlocked.Increment(ref _failed);
        }
    }

    private void CaptureLocalUpdate(byte[] update, object? origin, Charter.Crdt.Utils.Transaction transaction) => _localUpdate = update;

    /// <summary>
    /// Counts a delivery per (token, this client), as yload does: the server merges what one
    /// commit added into one frame, so a frame can carry many senders' tokens. A full client
    /// applies the frame and reads its state vector; a light one reads the clock ranges alone.
    /// </summary>
    private void Receive(byte[] frame)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _frames);
        var payload = Payload(frame);
        lock (_gate)
        {
            IEnumerable<KeyValuePair<long, long>> reached;
            if (IsFull)
            {
                Y.ApplyUpdate(_doc, payload, "server");
                reached = _doc.Store.GetStateVector();
            }
            else
            {
                reached = Y.ParseUpdateMeta(payload).To;
            }

            var delivered = 0;
            foreach (var (client, clock) in reached)
            {
                delivered += _ledger.Deliver(client, clock, _progress, Latencies, now);
            }

            Interlocked.Add(ref _deliveries, delivered);
        }
    }

    private YText Body() => (YText)((YMap)_doc.GetMap("clauses").Get(_clauseId)!).Get("body")!;

    private static byte[] Frame(int type, byte[] payload)
    {
        var encoder = new Lib0Encoder(payload.Length + 8);
        encoder.WriteVarUint(type);
        encoder.WriteVarUint8Array(payload);
        return encoder.ToArray();
    }

    private static byte[] Payload(byte[] frame)
    {
        var decoder = new Lib0Decoder(frame);
        var type = decoder.ReadVarUint();
        return type is SyncStep2 or SyncUpdate
            ? decoder.ReadVarUint8Array()
            : throw new InvalidOperationException($"unexpected sync message type {type}");
    }
}
