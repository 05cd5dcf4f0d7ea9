using Charter.Crdt.Lib0;
using Charter.Crdt.Tests.TestSupport;

namespace Charter.Crdt.Tests.Lib0;

/// <summary>The V2 column coders must produce lib0's bytes and read them back.</summary>
public sealed class ColumnCoderTests
{
    private static readonly System.Text.Json.JsonElement Primitives = Fixture.Load("lib0-primitives");

    [Fact]
    public void RleEncoder_Sequences_MatchLib0AndDecode()
    {
        foreach (var item in Primitives.GetProperty("rleUint8").EnumerateArray())
        {
            var values = item.GetProperty("values").EnumerateArray().Select(v => (byte)v.GetInt32()).ToList();
            var encoder = new RleEncoder();
            values.ForEach(encoder.Write);
            var bytes = encoder.ToArray();

            Assert.Equal(item.GetProperty("hex").Hex(), bytes);
            var decoder = new RleDecoder(bytes);
            Assert.Equal(values, values.Select(_ => decoder.Read()));
        }
    }

    [Fact]
    public void UintOptRleEncoder_Sequences_MatchLib0AndDecode()
    {
        foreach (var item in Primitives.GetProperty("uintOptRle").EnumerateArray())
        {
            var values = item.GetProperty("values").EnumerateArray().Select(v => long.Parse(v.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var encoder = new UintOptRleEncoder();
            values.ForEach(encoder.Write);
            var bytes = encoder.ToArray();

            Assert.Equal(item.GetProperty("hex").Hex(), bytes);
            var decoder = new UintOptRleDecoder(bytes);
            Assert.Equal(values, values.Select(_ => decoder.Read()));
        }
    }

    [Fact]
    public void IntDiffOptRleEncoder_Sequences_MatchLib0AndDecode()
    {
        foreach (var item in Primitives.GetProperty("intDiffOptRle").EnumerateArray())
        {
            var values = item.GetProperty("values").EnumerateArray().Select(v => long.Parse(v.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var encoder = new IntDiffOptRleEncoder();
            values.ForEach(encoder.Write);
            var bytes = encoder.ToArray();

            Assert.Equal(item.GetProperty("hex").Hex(), bytes);
            var decoder = new IntDiffOptRleDecoder(bytes);
            Assert.Equal(values, values.Select(_ => decoder.Read()));
        }
    }

    [Fact]
    public void StringEncoder_Sequences_MatchLib0AndDecode()
    {
        foreach (var item in Primitives.GetProperty("stringColumn").EnumerateArray())
        {
            var values = item.GetProperty("values").EnumerateArray().Select(v => v.GetString()!).ToList();
            var encoder = new StringEncoder();
            values.ForEach(encoder.Write);
            var bytes = encoder.ToArray();

            Assert.Equal(item.GetProperty("hex").Hex(), bytes);
            var decoder = new StringDecoder(bytes);
            Assert.Equal(values, values.Select(_ => decoder.Read()));
        }
    }

    [Fact]
    public void StringDecoder_LengthBeyondText_ThrowsMalformedUpdate()
    {
        // Text "ab", then a single length 5.
        var error = Assert.Throws<MalformedUpdateException>(() => new StringDecoder(new byte[] { 2, 0x61, 0x62, 5 }).Read());

        Assert.Contains("runs past", error.Message, StringComparison.Ordinal);
    }
}
