using Charter.Crdt.Encoding.UpdateOps;
using Charter.Crdt.Tests.TestSupport;

namespace Charter.Crdt.Tests.Encoding;

/// <summary>
/// The automerge-paper trace's final state as yjs 13.6.33 encoded it (../shared/traces): a large real
/// update must survive our decoders and encoders byte for byte, and convert between V1 and V2 exactly
/// as yjs's convertUpdateFormat does (which for this document gives yjs's own V2/V1 encoding).
/// </summary>
public sealed class TraceUpdateTests
{
    private static readonly byte[] V1 = File.ReadAllBytes(SharedTraces.PathOf("automerge-paper.yjs-13.6.33.v1.bin"));
    private static readonly byte[] V2 = File.ReadAllBytes(SharedTraces.PathOf("automerge-paper.yjs-13.6.33.v2.bin"));

    [Fact]
    public void DecodeThenEncode_TraceStateV1AndV2_ReproduceYjsBytes()
    {
        Assert.True(V1.AsSpan().SequenceEqual(Updates.EncodeUpdate(Updates.DecodeUpdate(V1), UpdateFormat.V1)));
        Assert.True(V2.AsSpan().SequenceEqual(Updates.EncodeUpdate(Updates.DecodeUpdateV2(V2), UpdateFormat.V2)));
    }

    [Fact]
    public void ConvertUpdateFormat_TraceState_GivesYjsOtherEncoding()
    {
        Assert.True(V2.AsSpan().SequenceEqual(Updates.ConvertUpdateFormatV1ToV2(V1)), "V1 to V2");
        Assert.True(V1.AsSpan().SequenceEqual(Updates.ConvertUpdateFormatV2ToV1(V2)), "V2 to V1");
    }

    [Fact]
    public void EncodeStateVectorFromUpdate_TraceState_IsClientOneAtItsLastClock()
    {
        var stateVector = StateVectors.Decode(Updates.EncodeStateVectorFromUpdate(V1));

        Assert.Equal(StateVectors.Decode(Updates.EncodeStateVectorFromUpdateV2(V2)), stateVector);
        Assert.Equal([1L], stateVector.Keys);
        Assert.Equal(182_315, stateVector[1]);
    }
}
