using System.Text.Encodings.Web;
using System.Text.Json;
using Charter.Crdt.Tests.TestSupport;
using Charter.Crdt.Types;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Tests.Golden;

/// <summary>
/// Reads a gc-off document that yjs edited (js/fixtures/yjs-snapshots.mjs) as of the snapshots yjs took
/// while editing, and must see exactly yjs's deltas, including the ychange runs between two snapshots,
/// and restore exactly yjs's document from a snapshot.
/// </summary>
public sealed class YjsSnapshotTests
{
    private static readonly JsonElement Snapshots = Fixture.Load("yjs-snapshots");

    private static readonly JsonSerializerOptions JsLikeJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<int> Cases() => [.. Enumerable.Range(0, Snapshots.GetProperty("cases").GetArrayLength())];

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToDelta_YjsSnapshots_GivesYjsDelta(int index)
    {
        var testCase = Snapshots.GetProperty("cases")[index];
        var doc = LoadDoc();
        var text = doc.GetText("text");
        var snapshot = SnapshotNamed(testCase.GetProperty("snapshot").GetString()!);
        var prevName = testCase.GetProperty("prevSnapshot").GetString();

        var delta = prevName is null ? text.ToDelta(snapshot) : text.ToDelta(snapshot, SnapshotNamed(prevName));

        Assert.Equal(testCase.Str("delta"), Describe(delta));
        Assert.Equal(Snapshots.Str("current"), text.ToString());
        Assert.Equal(Snapshots.GetProperty("update").Base64(), Y.EncodeStateAsUpdate(doc));
    }

    [Fact]
    public void CreateDocFromSnapshot_YjsSnapshot_RestoresYjsDocument()
    {
        var restored = Y.CreateDocFromSnapshot(LoadDoc(), SnapshotNamed("first"));

        Assert.Equal(Snapshots.GetProperty("restoredFirst").Str("text"), restored.GetText("text").ToString());
        Assert.Equal(Snapshots.GetProperty("restoredFirst").GetProperty("update").Base64(), Y.EncodeStateAsUpdate(restored));
    }

    private static Doc LoadDoc()
    {
        var doc = new Doc(99, gc: false);
        Y.ApplyUpdate(doc, Snapshots.GetProperty("update").Base64());
        return doc;
    }

    private static Snapshot SnapshotNamed(string name) => Y.DecodeSnapshot(Snapshots.GetProperty("snapshots").GetProperty(name).Base64());

    /// <summary>The delta as the generator writes it: attribute keys sorted, missing attributes as {}.</summary>
    private static string Describe(List<DeltaOp> delta) =>
        JsonSerializer.Serialize(delta.Select(op => new { insert = op.Insert, attributes = Sorted(op.Attributes ?? []) }), JsLikeJson);

    private static SortedDictionary<string, object?> Sorted(Dictionary<string, object?> attributes) =>
        new(attributes.ToDictionary(pair => pair.Key, pair => pair.Value is Dictionary<string, object?> nested ? Sorted(nested) : pair.Value), StringComparer.Ordinal);
}
