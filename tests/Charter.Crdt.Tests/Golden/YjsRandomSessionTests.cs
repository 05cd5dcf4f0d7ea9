using System.Text.Json;
using Charter.Crdt.Tests.TestSupport;
using Charter.Crdt.Types;

namespace Charter.Crdt.Tests.Golden;

/// <summary>
/// Random concurrent sessions between three real yjs peers (js/fixtures/yjs-random-sessions.mjs):
/// text inserts, deletes, formatting and embeds, map sets and deletes, array edits, delivered to an
/// observer in a shuffled order. Replaying the observer's deliveries here must end with yjs's exact
/// V1 and V2 state (including the observer's own formatting-cleanup deletions) and the same content.
/// </summary>
public sealed class YjsRandomSessionTests
{
    public static TheoryData<int> Sessions()
    {
        var data = new TheoryData<int>();
        foreach (var session in Fixture.Load("yjs-random-sessions").GetProperty("sessions").EnumerateArray())
        {
            data.Add(session.GetProperty("seed").GetInt32());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sessions))]
    public void ApplyUpdate_ShuffledDeliveriesFromYjsPeers_EndsWithYjsObserverState(int seed)
    {
        var session = Find(seed);
        var observer = new Doc(100);

        foreach (var update in session.GetProperty("delivered").EnumerateArray())
        {
            Y.ApplyUpdate(observer, update.Base64());
        }

        Assert.False(observer.HasPending);
        Assert.Equal(session.Str("text"), observer.GetText("text").ToString());
        AnyAssert.Equal(TypedValue.ToValue(session.GetProperty("delta")), observer.GetText("text").ToDelta().Select(AsValue).ToList(), "delta");
        AnyAssert.Equal(SortKeys(TypedValue.ToValue(session.GetProperty("map"))), SortKeys(observer.GetMap("map").ToJson()), "map");
        AnyAssert.Equal(TypedValue.ToValue(session.GetProperty("array")), observer.GetArray("array").ToJson(), "array");
        Assert.Equal(Convert.ToHexString(session.GetProperty("stateVector").Base64()), Convert.ToHexString(Y.EncodeStateVector(observer)));
        Assert.Equal(Convert.ToHexString(session.GetProperty("v1").Base64()), Convert.ToHexString(Y.EncodeStateAsUpdate(observer)));
        Assert.Equal(Convert.ToHexString(session.GetProperty("v2").Base64()), Convert.ToHexString(Y.EncodeStateAsUpdateV2(observer)));
    }

    private static JsonElement Find(int seed) =>
        Fixture.Load("yjs-random-sessions").GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("seed").GetInt32() == seed);

    private static object? AsValue(DeltaOp op)
    {
        var value = new Dictionary<string, object?> { ["insert"] = op.Insert };
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
}
