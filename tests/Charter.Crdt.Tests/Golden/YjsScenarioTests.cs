using System.Text.Json;
using Charter.Crdt.Tests.TestSupport;
using Charter.Crdt.Types;

namespace Charter.Crdt.Tests.Golden;

/// <summary>
/// Documents that yjs 13.6.33 built (js/fixtures/yjs-updates.mjs: every content kind, formatting,
/// embeds, nested and XML types, subdocuments, legacy JSON, concurrent clients, 2^53 client ids).
/// Loading yjs's bytes and encoding again must give the same bytes, and the content must read the same.
/// </summary>
public sealed class YjsScenarioTests
{
    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in Fixture.Load("yjs-updates").GetProperty("scenarios").EnumerateArray())
        {
            data.Add(scenario.Str("name"));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void EncodeStateAsUpdate_AfterApplyingYjsV1State_ReproducesTheBytes(string name)
    {
        var scenario = Find(name);
        var expected = scenario.GetProperty("v1").Base64();
        var doc = NewDoc(scenario);

        Y.ApplyUpdate(doc, expected);

        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(Y.EncodeStateAsUpdate(doc)));
        Assert.Equal(Convert.ToHexString(scenario.GetProperty("stateVector").Base64()), Convert.ToHexString(Y.EncodeStateVector(doc)));
        AssertContent(scenario, doc);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void EncodeStateAsUpdateV2_AfterApplyingYjsV2State_ReproducesTheBytes(string name)
    {
        var scenario = Find(name);
        var expected = scenario.GetProperty("v2").Base64();
        var doc = NewDoc(scenario);

        Y.ApplyUpdateV2(doc, expected);

        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(Y.EncodeStateAsUpdateV2(doc)));
        AssertContent(scenario, doc);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void ApplyUpdate_EachYjsTransactionInTurn_EndsInTheSameState(string name)
    {
        var scenario = Find(name);
        var doc = NewDoc(scenario);
        var docV2 = NewDoc(scenario);

        foreach (var update in scenario.GetProperty("updatesV1").EnumerateArray())
        {
            Y.ApplyUpdate(doc, update.Base64());
        }

        foreach (var update in scenario.GetProperty("updatesV2").EnumerateArray())
        {
            Y.ApplyUpdateV2(docV2, update.Base64());
        }

        if (scenario.GetProperty("updatesV1").GetArrayLength() > 0)
        {
            AssertContent(scenario, doc);
            AssertContent(scenario, docV2);
            Assert.Equal(Convert.ToHexString(scenario.GetProperty("stateVector").Base64()), Convert.ToHexString(Y.EncodeStateVector(doc)));
        }
    }

    private static JsonElement Find(string name) =>
        Fixture.Load("yjs-updates").GetProperty("scenarios").EnumerateArray().Single(s => s.Str("name") == name);

    private static Doc NewDoc(JsonElement scenario) => new(99, gc: scenario.GetProperty("gc").GetBoolean());

    private static void AssertContent(JsonElement scenario, Doc doc)
    {
        foreach (var root in scenario.GetProperty("roots").EnumerateArray())
        {
            var rootName = root.Str("name");
            AbstractType type = root.Str("kind") switch
            {
                "text" => doc.GetText(rootName),
                "map" => doc.GetMap(rootName),
                "array" => doc.GetArray(rootName),
                _ => doc.GetXmlFragment(rootName),
            };
            // Map key order follows integration order, which differs between the original doc and a loaded one (in yjs too).
            AnyAssert.Equal(SortKeys(TypedValue.ToValue(root.GetProperty("json"))), SortKeys(WithSubdocReferences(type.ToJson())), $"{scenario.Str("name")}/{rootName}");
            if (type is YText text)
            {
                var expectedDelta = (List<object?>)TypedValue.ToValue(root.GetProperty("delta"))!;
                AnyAssert.Equal(expectedDelta, text.ToDelta().Select(DeltaAsValue).ToList(), $"{scenario.Str("name")}/{rootName} delta");
            }
        }
    }

    private static object? DeltaAsValue(DeltaOp op)
    {
        var value = new Dictionary<string, object?> { ["insert"] = WithSubdocReferences(op.Insert) };
        if (op.Attributes is not null)
        {
            value["attributes"] = op.Attributes;
        }

        return value;
    }

    private static object? SortKeys(object? value) => value switch
    {
        Dictionary<string, object?> map => map.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => SortKeys(kv.Value)),
        List<object?> list => list.ConvertAll(SortKeys),
        _ => value,
    };

    private static object? WithSubdocReferences(object? value) => value switch
    {
        Doc subdoc => new SubdocReference(subdoc.Guid),
        AbstractType type => type.ToJson(),
        Dictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => WithSubdocReferences(kv.Value)),
        List<object?> list => list.ConvertAll(WithSubdocReferences),
        _ => value,
    };
}
