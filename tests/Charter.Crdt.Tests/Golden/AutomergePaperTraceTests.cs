using Charter.Crdt.Tests.TestSupport;

namespace Charter.Crdt.Tests.Golden;

/// <summary>
/// Replays Martin Kleppmann's automerge-paper editing trace (josephg/editing-traces, CC BY 4.0) and
/// compares the encoded state with what yjs 13.6.33 produced for the same replay, byte for byte.
/// The fixtures were made by the README's recipe in ../shared/traces: doc.clientID = 1,
/// doc.getText('text'), gc on, one doc.transact per patch, then Y.encodeStateAsUpdate(V2).
/// </summary>
public sealed class AutomergePaperTraceTests
{
    private static readonly Lazy<(EditingTrace Trace, Doc Doc)> Replayed = new(Replay);

    [Fact]
    public void EncodeStateAsUpdate_AfterReplay_EqualsYjsV1Bytes()
    {
        var expected = File.ReadAllBytes(SharedTraces.PathOf("automerge-paper.yjs-13.6.33.v1.bin"));

        var actual = Y.EncodeStateAsUpdate(Replayed.Value.Doc);

        AssertSameBytes(expected, actual);
    }

    [Fact]
    public void EncodeStateAsUpdateV2_AfterReplay_EqualsYjsV2Bytes()
    {
        var expected = File.ReadAllBytes(SharedTraces.PathOf("automerge-paper.yjs-13.6.33.v2.bin"));

        var actual = Y.EncodeStateAsUpdateV2(Replayed.Value.Doc);

        AssertSameBytes(expected, actual);
    }

    [Fact]
    public void Replay_AllPatches_TextEqualsEndContent()
    {
        var (trace, doc) = Replayed.Value;

        Assert.Equal(trace.EndContent, doc.GetText("text").ToString());
    }

    [Fact]
    public void ApplyUpdate_YjsV1File_TextEqualsEndContent()
    {
        var doc = new Doc(7);

        Y.ApplyUpdate(doc, File.ReadAllBytes(SharedTraces.PathOf("automerge-paper.yjs-13.6.33.v1.bin")));

        Assert.Equal(Replayed.Value.Trace.EndContent, doc.GetText("text").ToString());
        Assert.False(doc.HasPending);
    }

    [Fact]
    public void ApplyUpdateV2_YjsV2File_TextEqualsEndContent()
    {
        var doc = new Doc(7);

        Y.ApplyUpdateV2(doc, File.ReadAllBytes(SharedTraces.PathOf("automerge-paper.yjs-13.6.33.v2.bin")));

        Assert.Equal(Replayed.Value.Trace.EndContent, doc.GetText("text").ToString());
        Assert.False(doc.HasPending);
    }

    [Fact]
    public void EncodeStateAsUpdate_AfterLoadingYjsV1File_ReproducesTheFile()
    {
        var expected = File.ReadAllBytes(SharedTraces.PathOf("automerge-paper.yjs-13.6.33.v1.bin"));
        var doc = new Doc(7);
        Y.ApplyUpdate(doc, expected);

        AssertSameBytes(expected, Y.EncodeStateAsUpdate(doc));
    }

    private static (EditingTrace, Doc) Replay()
    {
        var trace = EditingTrace.Load(SharedTraces.PathOf("automerge-paper.json.gz"));
        var doc = new Doc(1);
        var text = doc.GetText("text");
        foreach (var patch in trace.Patches)
        {
            doc.Transact(_ =>
            {
                if (patch.DeleteCount > 0)
                {
                    text.Delete(patch.Position, patch.DeleteCount);
                }

                if (patch.Insert.Length > 0)
                {
                    text.Insert(patch.Position, patch.Insert);
                }
            });
        }

        return (trace, doc);
    }

    private static void AssertSameBytes(byte[] expected, byte[] actual)
    {
        var firstDifference = 0;
        while (firstDifference < Math.Min(expected.Length, actual.Length) && expected[firstDifference] == actual[firstDifference])
        {
            firstDifference++;
        }

        Assert.True(
            expected.Length == actual.Length && firstDifference == expected.Length,
            $"Bytes differ: expected {expected.Length} bytes, got {actual.Length}; first difference at offset {firstDifference}.");
    }
}
