using System.Text.Json;
using Charter.Crdt.Encoding.UpdateOps;
using Charter.Crdt.Tests.TestSupport;

namespace Charter.Crdt.Tests.Encoding;

/// <summary>
/// Every update yjs produced for Fixtures/yjs-updates.json decodes field by field with our update
/// decoders into plain blocks and encodes back with our update encoders to the identical bytes.
/// </summary>
public sealed class UpdateRoundTripTests
{
    private static readonly JsonElement Scenarios = Fixture.Load("yjs-updates").GetProperty("scenarios");

    public static TheoryData<string> ScenarioNames()
    {
        var names = new TheoryData<string>();
        foreach (var scenario in Scenarios.EnumerateArray())
        {
            names.Add(scenario.Str("name"));
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void DecodeThenEncode_V1Updates_ReproduceYjsBytes(string name)
    {
        var scenario = FindScenario(name);
        foreach (var update in AllUpdates(scenario, "v1", "updatesV1"))
        {
            var decoded = Updates.DecodeUpdate(update);

            Assert.Equal(Convert.ToHexString(update), Convert.ToHexString(Updates.EncodeUpdate(decoded, UpdateFormat.V1)));
        }
    }

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void DecodeThenEncode_V2Updates_ReproduceYjsBytes(string name)
    {
        var scenario = FindScenario(name);
        foreach (var update in AllUpdates(scenario, "v2", "updatesV2"))
        {
            var decoded = Updates.DecodeUpdateV2(update);

            Assert.Equal(Convert.ToHexString(update), Convert.ToHexString(Updates.EncodeUpdate(decoded, UpdateFormat.V2)));
        }
    }

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void DecodeUpdate_V1AndV2OfTheSameState_GiveTheSameBlocks(string name)
    {
        var scenario = FindScenario(name);

        var fromV1 = Updates.DecodeUpdate(scenario.GetProperty("v1").Base64());
        var fromV2 = Updates.DecodeUpdateV2(scenario.GetProperty("v2").Base64());

        Assert.Equal(fromV1.Blocks.Count, fromV2.Blocks.Count);
        for (var i = 0; i < fromV1.Blocks.Count; i++)
        {
            AssertSameBlock(fromV1.Blocks[i], fromV2.Blocks[i]);
        }

        Assert.Equal(
            fromV1.DeleteSet.Clients.ToDictionary(p => p.Key, p => string.Join(",", p.Value)),
            fromV2.DeleteSet.Clients.ToDictionary(p => p.Key, p => string.Join(",", p.Value)));
    }

    [Fact]
    public void Fixtures_CoverEveryStructAndContentKind()
    {
        var kinds = new HashSet<string>();
        var typeRefs = new HashSet<int>();
        foreach (var scenario in Scenarios.EnumerateArray())
        {
            var decoded = Updates.DecodeUpdate(scenario.GetProperty("v1").Base64());
            foreach (var block in decoded.Blocks)
            {
                kinds.Add(block is ItemBlock item ? item.Content.GetType().Name : block.GetType().Name);
                if (block is ItemBlock { Content: TypeContent type })
                {
                    typeRefs.Add(type.TypeRef);
                }
            }

            if (decoded.DeleteSet.Clients.Count > 0)
            {
                kinds.Add("DeleteSet");
            }
        }

        Assert.Equal(
            ["AnyContent", "BinaryContent", "DeleteSet", "DeletedContent", "DocContent", "EmbedContent", "FormatContent", "GcBlock", "JsonContent", "StringContent", "TypeContent"],
            kinds.Order(StringComparer.Ordinal));
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], typeRefs.Order());
    }

    [Fact]
    public void DecodeUpdate_LegacyJsonContent_ReadsValuesIncludingUndefined()
    {
        var scenario = FindScenario("legacy-json-content");

        var item = Updates.DecodeUpdate(scenario.GetProperty("v1").Base64()).Blocks.OfType<ItemBlock>().Single();

        var json = Assert.IsType<JsonContent>(item.Content);
        Assert.Equal("legacy", item.ParentYKey);
        Assert.Equal(4, json.Length);
        Assert.Same(Charter.Crdt.Lib0.Undefined.Value, json.Values[2]);
        Assert.Equal("text ✓", json.Values[1]);
    }

    private static JsonElement FindScenario(string name) =>
        Scenarios.EnumerateArray().Single(s => s.Str("name") == name);

    private static IEnumerable<byte[]> AllUpdates(JsonElement scenario, string full, string incremental) =>
        new[] { scenario.GetProperty(full).Base64() }
            .Concat(scenario.GetProperty(incremental).EnumerateArray().Select(u => u.Base64()));

    /// <summary>V1 carries embeds and formats as JSON text and V2 as Any values; both must decode alike.</summary>
    private static void AssertSameBlock(UpdateBlock expected, UpdateBlock actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Length, actual.Length);
        if (expected is not ItemBlock e || actual is not ItemBlock a)
        {
            return;
        }

        Assert.Equal((e.Origin, e.RightOrigin, e.ParentYKey, e.ParentId, e.ParentSub, e.RawInfo), (a.Origin, a.RightOrigin, a.ParentYKey, a.ParentId, a.ParentSub, a.RawInfo));
        switch (e.Content, a.Content)
        {
            case (AnyContent x, AnyContent y):
                AnyAssert.Equal(x.Values.ToList(), y.Values.ToList(), $"any {e.Id}");
                break;
            case (JsonContent x, JsonContent y):
                AnyAssert.Equal(x.Values.ToList(), y.Values.ToList(), $"json {e.Id}");
                break;
            case (EmbedContent x, EmbedContent y):
                AnyAssert.Equal(x.Embed, y.Embed, $"embed {e.Id}");
                break;
            case (FormatContent x, FormatContent y):
                Assert.Equal(x.Key, y.Key);
                AnyAssert.Equal(x.Value, y.Value, $"format {e.Id}");
                break;
            case (BinaryContent x, BinaryContent y):
                Assert.Equal(x.Bytes, y.Bytes);
                break;
            case (DocContent x, DocContent y):
                Assert.Equal(x.Guid, y.Guid);
                AnyAssert.Equal(x.Options, y.Options, $"doc {e.Id}");
                break;
            default:
                Assert.Equal(e.Content, a.Content);
                break;
        }
    }
}
