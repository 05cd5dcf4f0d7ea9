using System.Text.Json;
using Charter.Crdt.Lib0;
using Charter.Crdt.Protocols;
using Charter.Crdt.Tests.TestSupport;

namespace Charter.Crdt.Tests.Protocols;

/// <summary>Sync messages framed exactly as y-protocols 1.0.7 frames them (Fixtures/y-protocols.json).</summary>
public sealed class SyncProtocolTests
{
    private static readonly JsonElement Sync = Fixture.Load("y-protocols").GetProperty("sync");

    [Fact]
    public void WriteSyncStep1_StateVector_MatchesYProtocols()
    {
        var encoder = new Lib0Encoder();

        SyncProtocol.WriteSyncStep1(encoder, Sync.GetProperty("stateVector").Base64());

        Assert.Equal(Sync.GetProperty("step1").Base64(), encoder.ToArray());
    }

    [Fact]
    public void WriteSyncStep2_Update_MatchesYProtocols()
    {
        var encoder = new Lib0Encoder();

        SyncProtocol.WriteSyncStep2(encoder, Sync.GetProperty("step2Update").Base64());

        Assert.Equal(Sync.GetProperty("step2").Base64(), encoder.ToArray());
    }

    [Fact]
    public void WriteUpdate_Update_MatchesYProtocols()
    {
        var encoder = new Lib0Encoder();

        SyncProtocol.WriteUpdate(encoder, Sync.GetProperty("update").Base64());

        Assert.Equal(Sync.GetProperty("updateMessage").Base64(), encoder.ToArray());
    }

    [Theory]
    [InlineData("step1", SyncMessageType.SyncStep1, "stateVector")]
    [InlineData("step2", SyncMessageType.SyncStep2, "step2Update")]
    [InlineData("updateMessage", SyncMessageType.Update, "update")]
    public void ReadSyncMessage_YProtocolsMessage_ReturnsTypeAndPayload(string message, SyncMessageType type, string payload)
    {
        var decoder = new Lib0Decoder(Sync.GetProperty(message).Base64());

        var read = SyncProtocol.ReadSyncMessage(decoder);

        Assert.Equal(type, read.Type);
        Assert.Equal(Sync.GetProperty(payload).Base64(), read.Payload);
        Assert.False(decoder.HasContent);
    }

    [Fact]
    public void ReadSyncMessage_UnknownType_ThrowsMalformedUpdate()
    {
        var error = Assert.Throws<MalformedUpdateException>(() => SyncProtocol.ReadSyncMessage(new Lib0Decoder([3, 0])));

        Assert.Contains("Unknown sync message type 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSyncMessage_PayloadLongerThanMessage_ThrowsMalformedUpdate()
    {
        Assert.Throws<MalformedUpdateException>(() => SyncProtocol.ReadSyncMessage(new Lib0Decoder([2, 10, 1, 2])));
    }

    [Fact]
    public void ProtocolMessage_WebsocketFrames_MatchYWebsocketAndDecode()
    {
        var stateVector = Sync.GetProperty("stateVector").Base64();
        var update = Sync.GetProperty("update").Base64();

        Assert.Equal(Sync.GetProperty("websocketStep1").Base64(), ProtocolMessage.EncodeSyncStep1(stateVector));
        Assert.Equal(Sync.GetProperty("websocketUpdate").Base64(), ProtocolMessage.EncodeUpdate(update));
        Assert.Equal(Sync.GetProperty("websocketQueryAwareness").Base64(), ProtocolMessage.EncodeQueryAwareness());

        var decoded = ProtocolMessage.Decode(Sync.GetProperty("websocketUpdate").Base64());
        Assert.Equal(ProtocolMessageType.Sync, decoded.Type);
        Assert.Equal(new SyncMessage(SyncMessageType.Update, update).Type, decoded.Sync!.Type);
        Assert.Equal(update, decoded.Sync.Payload);
    }

    [Fact]
    public void ProtocolMessage_AwarenessAndAuth_RoundTrip()
    {
        byte[] awarenessUpdate = [1, 2, 3];

        var awareness = ProtocolMessage.Decode(ProtocolMessage.EncodeAwareness(awarenessUpdate));
        var denied = ProtocolMessage.Decode(ProtocolMessage.EncodePermissionDenied("read only"));

        Assert.Equal(awarenessUpdate, awareness.AwarenessUpdate);
        Assert.Equal(ProtocolMessageType.Auth, denied.Type);
        Assert.Equal("read only", denied.DeniedReason);
    }

    [Theory]
    [InlineData("09")]
    [InlineData("0002")]
    [InlineData("03ff")]
    public void ProtocolMessage_UnknownTruncatedOrTrailing_ThrowsMalformedUpdate(string hex)
    {
        Assert.Throws<MalformedUpdateException>(() => ProtocolMessage.Decode(Convert.FromHexString(hex)));
    }
}
