using System.Text.Json;
using Charter.Crdt.Encoding.UpdateOps;
using Charter.Crdt.Tests.TestSupport;

namespace Charter.Crdt.Tests.Encoding.UpdateOps;

/// <summary>Each operation must return exactly the bytes yjs 13.6.33 returned (Fixtures/yjs-update-ops.json).</summary>
public sealed class UpdatesTests
{
    private static readonly JsonElement Cases = Fixture.Load("yjs-update-ops").GetProperty("cases");

    public static TheoryData<string> Operations() =>
        ["merge", "mergeV2", "diff", "diffV2", "svFromUpdate", "svFromUpdateV2", "v1ToV2", "v2ToV1", "meta", "metaV2"];

    [Theory]
    [MemberData(nameof(Operations))]
    public void Operation_YjsFixtureCases_ReturnYjsBytes(string op)
    {
        var cases = Cases.EnumerateArray().Where(c => c.Str("op") == op).ToList();
        Assert.NotEmpty(cases);
        var failures = new List<string>();
        foreach (var testCase in cases)
        {
            var inputs = testCase.GetProperty("inputs").EnumerateArray().Select(i => i.Base64()).ToList();
            var expected = Convert.ToHexString(testCase.GetProperty("expected").Base64());
            var actual = Convert.ToHexString(Run(op, inputs, testCase));
            if (expected != actual)
            {
                failures.Add($"{testCase.Str("scenario")}:\n  yjs {expected}\n  we  {actual}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} cases differ:\n" + string.Join("\n", failures.Take(5)));
    }

    [Fact]
    public void MergeUpdates_SingleUpdate_ReturnsItUnchanged()
    {
        byte[] update = [0, 0];

        Assert.Same(update, Updates.MergeUpdates([update]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("01")]
    [InlineData("0105")]
    [InlineData("01010101ff")]
    [InlineData("0101000001ff7f")]
    public void Operations_TruncatedOrCorruptV1_ThrowMalformedUpdate(string hex)
    {
        var update = Convert.FromHexString(hex);

        Assert.Throws<MalformedUpdateException>(() => Updates.ConvertUpdateFormatV1ToV2(update));
        Assert.Throws<MalformedUpdateException>(() => Updates.EncodeStateVectorFromUpdate(update));
        Assert.Throws<MalformedUpdateException>(() => Updates.MergeUpdates([update, [0, 0]]));
        Assert.Throws<MalformedUpdateException>(() => Updates.DiffUpdate(update, [0]));
    }

    [Fact]
    public void DecodeUpdateV2_RunLengthBomb_StopsAtTheStructBudget()
    {
        // Valid V2 columns in 14 bytes whose info column repeats "GC" forever and whose length column
        // repeats 1 for 2^50 values, with a struct count of 2^50 for one client.
        var rest = new Charter.Crdt.Lib0.Lib0Encoder();
        rest.WriteVarUint(1);
        rest.WriteVarUint(1L << 50);
        rest.WriteVarUint(0);
        var lengths = new Charter.Crdt.Lib0.Lib0Encoder();
        lengths.WriteVarInt(-1);
        lengths.WriteVarUint(1L << 50);
        var update = new Charter.Crdt.Lib0.Lib0Encoder();
        update.WriteVarUint(0);
        update.WriteVarUint8Array([]); // key clocks
        update.WriteVarUint8Array([0]); // clients: one client 0
        update.WriteVarUint8Array([]);
        update.WriteVarUint8Array([]);
        update.WriteVarUint8Array([0]); // info: GC, forever
        update.WriteVarUint8Array([0]); // strings: empty
        update.WriteVarUint8Array([]);
        update.WriteVarUint8Array([]);
        update.WriteVarUint8Array(lengths.ToArray());
        update.WriteUint8Array(rest.WrittenSpan);

        var error = Assert.Throws<MalformedUpdateException>(() => Updates.EncodeStateVectorFromUpdateV2(update.ToArray()));

        Assert.Contains("more than", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Run(string op, List<byte[]> inputs, JsonElement testCase) => op switch
    {
        "merge" => Updates.MergeUpdates(inputs),
        "mergeV2" => Updates.MergeUpdatesV2(inputs),
        "diff" => Updates.DiffUpdate(inputs[0], testCase.GetProperty("stateVector").Base64()),
        "diffV2" => Updates.DiffUpdateV2(inputs[0], testCase.GetProperty("stateVector").Base64()),
        "svFromUpdate" => Updates.EncodeStateVectorFromUpdate(inputs[0]),
        "svFromUpdateV2" => Updates.EncodeStateVectorFromUpdateV2(inputs[0]),
        "v1ToV2" => Updates.ConvertUpdateFormatV1ToV2(inputs[0]),
        "v2ToV1" => Updates.ConvertUpdateFormatV2ToV1(inputs[0]),
        "meta" => MetaBytes(Updates.ParseUpdateMeta(inputs[0])),
        "metaV2" => MetaBytes(Updates.ParseUpdateMetaV2(inputs[0])),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    /// <summary>The fixture's layout for parseUpdateMeta: each map as a count and (client, clock) pairs by client.</summary>
    private static byte[] MetaBytes(UpdateMeta meta)
    {
        var encoder = new Charter.Crdt.Lib0.Lib0Encoder();
        foreach (var map in new[] { meta.From, meta.To })
        {
            encoder.WriteVarUint(map.Count);
            foreach (var (client, clock) in map.OrderBy(pair => pair.Key))
            {
                encoder.WriteVarUint(client);
                encoder.WriteVarUint(clock);
            }
        }

        return encoder.ToArray();
    }
}
