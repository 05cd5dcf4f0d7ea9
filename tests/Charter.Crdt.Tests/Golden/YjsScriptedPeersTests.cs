using System.Text.Json;
using Charter.Crdt.Tests.TestSupport;
using Charter.Crdt.Types;

namespace Charter.Crdt.Tests.Golden;

/// <summary>
/// Runs the operation scripts that three yjs peers executed (js/fixtures/yjs-scripted-peers.mjs) on
/// three Charter docs with the same client ids: local inserts with and without attributes, deletes,
/// formats, embeds, map and array edits, and the same syncs in the same order. Every peer must end
/// with yjs's exact V1 and V2 bytes, which checks the local editing algorithms, not just decoding.
/// </summary>
public sealed class YjsScriptedPeersTests
{
    public static TheoryData<int> Scripts()
    {
        var data = new TheoryData<int>();
        foreach (var script in Fixture.Load("yjs-scripted-peers").GetProperty("scripts").EnumerateArray())
        {
            data.Add(script.GetProperty("seed").GetInt32());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script_RunOnCharterDocs_EachPeerEndsWithYjsBytes(int seed)
    {
        var script = Fixture.Load("yjs-scripted-peers").GetProperty("scripts").EnumerateArray().Single(s => s.GetProperty("seed").GetInt32() == seed);
        var peers = new[] { new Doc(1), new Doc(2), new Doc(3) };

        foreach (var op in script.GetProperty("ops").EnumerateArray())
        {
            Run(peers, op);
        }

        var expected = script.GetProperty("peers").EnumerateArray().ToList();
        for (var i = 0; i < peers.Length; i++)
        {
            var delta = (List<object?>)TypedValue.ToValue(expected[i].GetProperty("delta"))!;
            AnyAssert.Equal(delta, peers[i].GetText("text").ToDelta().Select(AsValue).ToList(), $"peer {i} delta");
            Assert.Equal(Convert.ToHexString(expected[i].GetProperty("v1").Base64()), Convert.ToHexString(Y.EncodeStateAsUpdate(peers[i])));
            Assert.Equal(Convert.ToHexString(expected[i].GetProperty("v2").Base64()), Convert.ToHexString(Y.EncodeStateAsUpdateV2(peers[i])));
        }
    }

    private static void Run(Doc[] peers, JsonElement op)
    {
        var kind = op.Str("op");
        if (kind == "sync")
        {
            var from = peers[op.GetProperty("from").GetInt32()];
            var to = peers[op.GetProperty("to").GetInt32()];
            Y.ApplyUpdate(to, Y.EncodeStateAsUpdate(from, Y.EncodeStateVector(to)), "remote");
            return;
        }

        var doc = peers[op.GetProperty("peer").GetInt32()];
        var text = doc.GetText("text");
        switch (kind)
        {
            case "insert":
                text.Insert(Int(op, "index"), op.Str("text"));
                break;
            case "insertWithAttributes":
                text.Insert(Int(op, "index"), op.Str("text"), Attributes(op));
                break;
            case "delete":
                text.Delete(Int(op, "index"), Int(op, "length"));
                break;
            case "format":
                text.Format(Int(op, "index"), Int(op, "length"), Attributes(op));
                break;
            case "embed":
                text.InsertEmbed(Int(op, "index"), TypedValue.ToValue(op.GetProperty("embed"))!);
                break;
            case "mapSet":
                doc.GetMap("map").Set(op.Str("key"), TypedValue.ToValue(op.GetProperty("value")));
                break;
            case "mapDelete":
                doc.GetMap("map").Delete(op.Str("key"));
                break;
            case "arrayInsert":
                var value = (long)Int(op, "value");
                doc.GetArray("array").Insert(Int(op, "index"), value, "s" + value);
                break;
            case "arrayDelete":
                doc.GetArray("array").Delete(Int(op, "index"));
                break;
            default:
                throw new InvalidOperationException($"Unknown op {kind}");
        }
    }

    private static int Int(JsonElement op, string name) => op.GetProperty(name).GetInt32();

    private static Dictionary<string, object?> Attributes(JsonElement op) => (Dictionary<string, object?>)TypedValue.ToValue(op.GetProperty("attributes"))!;

    private static object? AsValue(DeltaOp op)
    {
        var value = new Dictionary<string, object?> { ["insert"] = op.Insert };
        if (op.Attributes is not null)
        {
            value["attributes"] = op.Attributes;
        }

        return value;
    }
}
