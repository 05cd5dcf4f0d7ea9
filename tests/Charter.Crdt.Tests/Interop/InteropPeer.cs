using System.Text.Json;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Tests.Interop;

/// <summary>A session participant: a C# <see cref="Doc"/> or a yjs doc in the driver process.</summary>
internal abstract class InteropPeer(long clientId)
{
    public long ClientId { get; } = clientId;

    public bool Online { get; set; } = true;

    /// <summary>Updates sent to this peer and not delivered yet (delivered in random order, some twice).</summary>
    public List<byte[]> Inbox { get; } = [];

    public abstract string Kind { get; }

    /// <summary>Performs a local edit and returns the updates it emitted.</summary>
    public abstract List<byte[]> Perform(InteropOp op);

    public abstract void Apply(byte[] update);

    public abstract void ApplyV2(byte[] update);

    public abstract byte[] StateVector();

    /// <summary>What a peer with <paramref name="stateVector"/> lacks (sync step 2).</summary>
    public abstract byte[] Diff(byte[] stateVector);

    /// <summary>The full state as a V1 update.</summary>
    public abstract byte[] FullState();

    public override string ToString() => $"{Kind} peer {ClientId}";
}

internal sealed class CSharpPeer(long clientId) : InteropPeer(clientId)
{
    public Doc Doc { get; } = new(clientId);

    public override string Kind => "C#";

    public override List<byte[]> Perform(InteropOp op)
    {
        var updates = new List<byte[]>();
        void Collect(byte[] update, object? origin, Transaction transaction) => updates.Add(update);
        Doc.Update += Collect;
        try
        {
            op.ApplyTo(Doc);
        }
        finally
        {
            Doc.Update -= Collect;
        }

        return updates;
    }

    public override void Apply(byte[] update) => Y.ApplyUpdate(Doc, update, "remote");

    public override void ApplyV2(byte[] update) => Y.ApplyUpdateV2(Doc, update, "remote");

    public override byte[] StateVector() => Y.EncodeStateVector(Doc);

    public override byte[] Diff(byte[] stateVector) => Y.EncodeStateAsUpdate(Doc, stateVector);

    public override byte[] FullState() => Y.EncodeStateAsUpdate(Doc);
}

internal sealed class YjsPeer(long clientId, YjsPeerProcess yjs) : InteropPeer(clientId)
{
    public override string Kind => "yjs";

    public override List<byte[]> Perform(InteropOp op) =>
        yjs.Send(new() { ["cmd"] = "op", ["peer"] = ClientId, ["op"] = op.ToCommand() })
            .GetProperty("updates").EnumerateArray().Select(u => Convert.FromBase64String(u.GetString()!)).ToList();

    public override void Apply(byte[] update) =>
        yjs.Send(new() { ["cmd"] = "apply", ["peer"] = ClientId, ["update"] = Convert.ToBase64String(update) });

    public override void ApplyV2(byte[] update) =>
        yjs.Send(new() { ["cmd"] = "applyV2", ["peer"] = ClientId, ["update"] = Convert.ToBase64String(update) });

    public override byte[] StateVector() => FromBase64(State(), "stateVector");

    public override byte[] Diff(byte[] stateVector) =>
        FromBase64(yjs.Send(new() { ["cmd"] = "diff", ["peer"] = ClientId, ["stateVector"] = Convert.ToBase64String(stateVector) }), "update");

    public override byte[] FullState() => FromBase64(State(), "update");

    public JsonElement State() => yjs.Send(new() { ["cmd"] = "state", ["peer"] = ClientId });

    private static byte[] FromBase64(JsonElement reply, string property) =>
        Convert.FromBase64String(reply.GetProperty(property).GetString()!);
}
