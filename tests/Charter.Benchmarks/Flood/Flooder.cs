using Charter.Crdt;
using Charter.Crdt.Lib0;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Benchmarks.Flood;

/// <summary>
/// One signed-in member sending real updates as fast as the hub answers. Each update comes from a
/// fresh doc under its own root name, so a refused one leaves no gap the next one depends on:
/// what the server sees is a flood of valid edits, not a stream of broken ones.
/// </summary>
public sealed class Flooder : IAsyncDisposable
{
    private const int SyncUpdate = 2;

    private readonly HubConnection _connection;
    private readonly string _charter;
    private long _accepted;
    private long _refused;
    private long _failed;
    private string? _refusal;

    private Flooder(HubConnection connection, string charter)
    {
        _connection = connection;
        _charter = charter;
    }

    public long Accepted => Interlocked.Read(ref _accepted);

    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>Calls that failed other than by being throttled (a closed connection, say).</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>The message of the first refusal, as the flooder was told.</summary>
    public string? Refusal => Volatile.Read(ref _refusal);

    public static async Task<Flooder> ConnectAsync(Uri hubUrl, string cookie, string charter)
    {
        var connection = await Load.LoadClient.StartConnectionAsync(hubUrl, cookie);
        await connection.InvokeAsync<byte[][]>("Join", charter, Frame(0, Y.EncodeStateVector(new Doc())));
        return new Flooder(connection, charter);
    }

    /// <summary>Keeps <paramref name="inFlight"/> calls going until <paramref name="stop"/> is cancelled.</summary>
    public Task RunAsync(int inFlight, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Task.Run(() => SendUntilAsync(stop), CancellationToken.None)));

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private async Task SendUntilAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var doc = new Doc();
            doc.GetText("flood").Insert(0, "flood");
            try
            {
                await _connection.InvokeAsync<long>("Update", _charter, Frame(SyncUpdate, Y.EncodeStateAsUpdate(doc)), CancellationToken.None);
                Interlocked.Increment(ref _accepted);
            }
            catch (HubException error) when (error.Message.Contains("Too many messages", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _refused);
                Interlocked.CompareExchange(ref _refusal, error.Message, null);
            }
            catch (Exception)
            {
                Interlocked.Increment(ref _failed);
                return;
            }
        }
    }

    private static byte[] Frame(int type, byte[] payload)
    {
        var encoder = new Lib0Encoder(payload.Length + 8);
        encoder.WriteVarUint(type);
        encoder.WriteVarUint8Array(payload);
        return encoder.ToArray();
    }
}
