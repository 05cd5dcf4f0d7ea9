using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Charter.Web.Tests.Collaboration;

/// <summary>
/// The browser's own MessagePack hub protocol (src/Charter.Client/src/hubProtocol.js, run in node)
/// against the hub's, ASP.NET Core's <see cref="MessagePackHubProtocol"/>: every kind of message
/// the hub sends is read back as it was written, and every message the browser writes is read by
/// the hub as meant, with lengths and numbers on each side of every MessagePack size boundary.
/// </summary>
public sealed class BrowserHubProtocolTests
{
    private static readonly string Peer = Path.Combine(RepositoryRoot.Path, "tests", "Charter.Web.Tests", "Collaboration", "js", "hub-protocol-peer.mjs");
    private readonly MessagePackHubProtocol _hub = new();

    [Fact]
    public async Task Parse_EveryMessageTheHubSends_ReadsWhatWasWritten()
    {
        var frame = Bytes(300, seed: 1);
        var large = Bytes(70_000, seed: 2);
        var text = new string('é', 40_000);
        var written = Concat(
            new InvocationMessage("Update", ["bill-of-rights", frame]),
            CompletionMessage.WithResult("0", new object[] { Bytes(0, 3), Bytes(31, 4), large }),
            CompletionMessage.WithResult("1", 4_294_967_301L),
            CompletionMessage.WithResult("2", new object[] { -1, -33, -200, -40_000, -3_000_000_000L, 0.5, 127, 128, 65_535, 65_536, true, null!, text }),
            CompletionMessage.WithError("3", "An unexpected error occurred invoking 'Update' on the server. HubException: [too-fast] Slow down."),
            CompletionMessage.Empty("4"),
            PingMessage.Instance,
            new CloseMessage("Server is stopping.", allowReconnect: true));

        var read = (await RunPeerAsync("parse", Convert.ToBase64String(written))).AsArray();

        Assert.Equal(8, read.Count);
        Assert.Equal(1, (int)read[0]!["type"]!);
        Assert.Null(read[0]!["invocationId"]);
        Assert.Equal("Update", (string?)read[0]!["target"]);
        Assert.Equal("bill-of-rights", (string?)read[0]!["arguments"]![0]);
        Assert.Equal(frame, Binary(read[0]!["arguments"]![1]));

        Assert.Equal("0", (string?)read[1]!["invocationId"]);
        Assert.Equal(Bytes(0, 3), Binary(read[1]!["result"]![0]));
        Assert.Equal(Bytes(31, 4), Binary(read[1]!["result"]![1]));
        Assert.Equal(large, Binary(read[1]!["result"]![2]));

        Assert.Equal(4_294_967_301L, (long)read[2]!["result"]!);

        var values = read[3]!["result"]!.AsArray();
        Assert.Equal([-1L, -33L, -200L, -40_000L, -3_000_000_000L], values.Take(5).Select(value => (long)value!));
        Assert.Equal(0.5, (double)values[5]!);
        Assert.Equal([127L, 128L, 65_535L, 65_536L], values.Skip(6).Take(4).Select(value => (long)value!));
        Assert.True((bool)values[10]!);
        Assert.Null(values[11]);
        Assert.Equal(text, (string?)values[12]);

        Assert.Equal("An unexpected error occurred invoking 'Update' on the server. HubException: [too-fast] Slow down.", (string?)read[4]!["error"]);
        Assert.False(read[4]!.AsObject().ContainsKey("result"));
        Assert.False(read[5]!.AsObject().ContainsKey("result"));
        Assert.False(read[5]!.AsObject().ContainsKey("error"));
        Assert.Equal(6, (int)read[6]!["type"]!);
        Assert.Equal(7, (int)read[7]!["type"]!);
        Assert.Equal("Server is stopping.", (string?)read[7]!["error"]);
        Assert.True((bool)read[7]!["allowReconnect"]!);
    }

    [Fact]
    public async Task Write_EveryMessageTheBrowserSends_TheHubReadsAsMeant()
    {
        var chunk = Bytes(70_000, seed: 5);
        var small = Bytes(200, seed: 6);
        var messages = new JsonArray(
            Invocation("0", "UpdateChunk", "bill-of-rights", "upload-1", 3, 70_000, BinaryJson(chunk)),
            Invocation("1", "Update", "bill-of-rights", BinaryJson(small)),
            Invocation("2", "Numbers", 0, 127, 128, 255, 256, 65_535, 65_536, 4_294_967_295L, 4_294_967_296L, -1, -32, -33, -128, -129, -32_768, -32_769, -2_147_483_648L, -2_147_483_649L, 0.25),
            Invocation(null, "Awareness", "bill-of-rights", BinaryJson(Bytes(40, seed: 7))),
            new JsonObject { ["type"] = 6 },
            new JsonObject { ["type"] = 5, ["invocationId"] = "2" });

        var bytes = Convert.FromBase64String((string)(await RunPeerAsync("write", messages.ToJsonString()))!);
        var read = ParseAll(bytes);

        Assert.Equal(6, read.Count);
        var chunkCall = Assert.IsType<InvocationMessage>(read[0]);
        Assert.Equal(("0", "UpdateChunk"), (chunkCall.InvocationId, chunkCall.Target));
        Assert.Equal(new object[] { "bill-of-rights", "upload-1", 3, 70_000 }, chunkCall.Arguments.Take(4));
        Assert.Equal(chunk, chunkCall.Arguments[4]);
        var update = Assert.IsType<InvocationMessage>(read[1]);
        Assert.Equal(small, update.Arguments[1]);
        var numbers = Assert.IsType<InvocationMessage>(read[2]);
        Assert.Equal(
            new object[] { 0L, 127L, 128L, 255L, 256L, 65_535L, 65_536L, 4_294_967_295L, 4_294_967_296L, -1L, -32L, -33L, -128L, -129L, -32_768L, -32_769L, -2_147_483_648L, -2_147_483_649L, 0.25 },
            numbers.Arguments);
        var awareness = Assert.IsType<InvocationMessage>(read[3]);
        Assert.Null(awareness.InvocationId);
        Assert.IsType<PingMessage>(read[4]);
        Assert.Equal("2", Assert.IsType<CancelInvocationMessage>(read[5]).InvocationId);
    }

    [Fact]
    public async Task Parse_MessageShorterThanItsLength_RefusedWithAClearError()
    {
        var whole = _hub.GetMessageBytes(new InvocationMessage("Update", ["bill-of-rights", Bytes(300, seed: 8)])).ToArray();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunPeerAsync("parse", Convert.ToBase64String(whole[..^10])));

        Assert.Contains("shorter than its length says", error.Message);
    }

    private byte[] Concat(params HubMessage[] messages) =>
        [.. messages.SelectMany(message => _hub.GetMessageBytes(message).ToArray())];

    private List<HubMessage> ParseAll(byte[] bytes)
    {
        var input = new ReadOnlySequence<byte>(bytes);
        var messages = new List<HubMessage>();
        while (_hub.TryParseMessage(ref input, new BrowserCallsBinder(), out var message))
        {
            messages.Add(message!);
        }

        Assert.True(input.IsEmpty, "The hub left bytes it could not read.");
        return messages;
    }

    private static JsonObject Invocation(string? id, string target, params object[] arguments) => new()
    {
        ["type"] = 1,
        ["headers"] = new JsonObject(),
        ["invocationId"] = id,
        ["target"] = target,
        ["arguments"] = new JsonArray([.. arguments.Select(ToNode)]),
    };

    private static JsonNode ToNode(object argument) => argument switch
    {
        JsonNode node => node,
        string text => JsonValue.Create(text),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        _ => throw new ArgumentException($"No JSON form for {argument.GetType()}."),
    };

    private static JsonObject BinaryJson(byte[] bytes) => new() { ["$bin"] = Convert.ToBase64String(bytes) };

    private static byte[] Binary(JsonNode? node) => Convert.FromBase64String((string)node!["$bin"]!);

    private static byte[] Bytes(int length, int seed) => [.. Enumerable.Range(0, length).Select(i => (byte)((i * 31 + seed) % 251))];

    private static async Task<JsonNode> RunPeerAsync(string mode, string input)
    {
        using var node = Process.Start(new ProcessStartInfo("node", [Peer, mode])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("node did not start.");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.StandardInput.WriteAsync(input);
        node.StandardInput.Close();
        await node.WaitForExitAsync();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"The browser's protocol failed: {await errors}");
        }

        return JsonNode.Parse(await output) ?? throw new InvalidOperationException("The peer printed nothing.");
    }

    /// <summary>The parameter types of the calls a browser makes, as the hub declares them.</summary>
    private sealed class BrowserCallsBinder : IInvocationBinder
    {
        public IReadOnlyList<Type> GetParameterTypes(string methodName) => methodName switch
        {
            "UpdateChunk" => [typeof(string), typeof(string), typeof(int), typeof(int), typeof(byte[])],
            "Update" or "Awareness" => [typeof(string), typeof(byte[])],
            "Numbers" => [.. Enumerable.Repeat(typeof(long), 18), typeof(double)],
            _ => throw new InvalidOperationException($"No hub method {methodName}."),
        };

        public Type GetReturnType(string invocationId) => typeof(object);

        public Type GetStreamItemType(string streamId) => typeof(object);
    }
}
