using System.Globalization;
using System.Numerics;
using Charter.Crdt.Lib0;
using Charter.Crdt.Tests.TestSupport;

namespace Charter.Crdt.Tests.Lib0;

/// <summary>Reading lib0's bytes gives back the values, and malformed bytes fail with a typed error.</summary>
public sealed class Lib0DecoderTests
{
    private static readonly System.Text.Json.JsonElement Primitives = Fixture.Load("lib0-primitives");

    [Fact]
    public void ReadVarUintAndVarInt_Lib0Bytes_ReturnTheValues()
    {
        foreach (var item in Primitives.GetProperty("varUint").EnumerateArray())
        {
            var decoder = new Lib0Decoder(item.GetProperty("hex").Hex());
            Assert.Equal(long.Parse(item.Str("value"), CultureInfo.InvariantCulture), decoder.ReadVarUint());
            Assert.False(decoder.HasContent);
        }

        foreach (var item in Primitives.GetProperty("varInt").EnumerateArray())
        {
            var decoder = new Lib0Decoder(item.GetProperty("hex").Hex());
            var value = decoder.ReadVarInt(out var negative);
            var text = item.Str("value");
            Assert.Equal(text == "-0" ? 0 : long.Parse(text, CultureInfo.InvariantCulture), value);
            Assert.Equal(text.StartsWith('-'), negative);
            Assert.False(decoder.HasContent);
        }
    }

    [Fact]
    public void ReadVarString_Lib0Bytes_ReturnTheStrings()
    {
        foreach (var item in Primitives.GetProperty("varString").EnumerateArray())
        {
            var decoder = new Lib0Decoder(item.GetProperty("hex").Hex());
            Assert.Equal(item.Str("value"), decoder.ReadVarString());
            Assert.False(decoder.HasContent);
        }
    }

    [Fact]
    public void ReadFixedWidthValues_Lib0Bytes_ReturnTheValues()
    {
        foreach (var item in Primitives.GetProperty("uint16").EnumerateArray())
        {
            Assert.Equal(ushort.Parse(item.Str("value"), CultureInfo.InvariantCulture), new Lib0Decoder(item.GetProperty("hex").Hex()).ReadUint16());
        }

        foreach (var item in Primitives.GetProperty("uint32").EnumerateArray())
        {
            Assert.Equal(uint.Parse(item.Str("value"), CultureInfo.InvariantCulture), new Lib0Decoder(item.GetProperty("hex").Hex()).ReadUint32());
        }

        foreach (var item in Primitives.GetProperty("bigInt64").EnumerateArray())
        {
            Assert.Equal(BigInteger.Parse(item.Str("value"), CultureInfo.InvariantCulture), new Lib0Decoder(item.GetProperty("hex").Hex()).ReadBigInt64());
        }

        foreach (var item in Primitives.GetProperty("float64").EnumerateArray())
        {
            AnyAssert.Equal(TypedValue.ToValue(item.GetProperty("value")), new Lib0Decoder(item.GetProperty("hex").Hex()).ReadFloat64(), "float64");
        }
    }

    [Fact]
    public void ReadAny_EveryAnyType_ReturnsTheValueAndReencodesIdentically()
    {
        foreach (var item in Primitives.GetProperty("any").EnumerateArray())
        {
            var bytes = item.GetProperty("hex").Hex();
            var decoder = new Lib0Decoder(bytes);

            var value = decoder.ReadAny();

            AnyAssert.Equal(TypedValue.ToValue(item.GetProperty("value")), value, $"any {item.GetProperty("value")}");
            Assert.False(decoder.HasContent);
            var encoder = new Lib0Encoder();
            encoder.WriteAny(value);
            Assert.Equal(bytes, encoder.ToArray());
        }
    }

    [Fact]
    public void ReadAny_IntegersAndFloats_KeepTheirDotNetTypes()
    {
        var encoder = new Lib0Encoder();
        encoder.WriteAny(42L);
        encoder.WriteAny(-0.0);
        encoder.WriteAny(1.5);
        var decoder = new Lib0Decoder(encoder.ToArray());

        Assert.IsType<long>(decoder.ReadAny());
        var negativeZero = Assert.IsType<double>(decoder.ReadAny());
        Assert.True(double.IsNegative(negativeZero));
        Assert.IsType<double>(decoder.ReadAny());
    }

    [Theory]
    [InlineData("", "end of data")]
    [InlineData("80", "end of data inside a var uint")]
    [InlineData("ffffffffffffffffff01", "exceeds 2^53 - 1")]
    public void ReadVarUint_MalformedBytes_ThrowsMalformedUpdate(string hex, string problem)
    {
        var error = Assert.Throws<MalformedUpdateException>(() => new Lib0Decoder(Convert.FromHexString(hex)).ReadVarUint());

        Assert.Contains(problem, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ReadVarUint8Array_LengthPrefixBeyondInput_ThrowsWithoutAllocating()
    {
        // Length prefix claims 2^50 bytes; only 3 follow.
        var encoder = new Lib0Encoder();
        encoder.WriteVarUint(1L << 50);
        encoder.WriteUint8Array([1, 2, 3]);

        var error = Assert.Throws<MalformedUpdateException>(() => new Lib0Decoder(encoder.ToArray()).ReadVarUint8Array());

        Assert.Equal(0, error.ByteOffset);
        Assert.Contains("exceeds the 3 bytes that remain", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("75ffffffff0f", "cannot fit")] // array claiming 2^32-1 items
    [InlineData("76ffffff7f", "cannot fit")] // object claiming 2^21 entries
    [InlineData("73", "Unknown Any type tag 115")]
    [InlineData("7702c328", "Invalid UTF-8")]
    [InlineData("7c0000", "end of data")]
    public void ReadAny_MalformedBytes_ThrowsMalformedUpdate(string hex, string problem)
    {
        var error = Assert.Throws<MalformedUpdateException>(() => new Lib0Decoder(Convert.FromHexString(hex)).ReadAny());

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAny_HostileNesting_ThrowsInsteadOfOverflowingTheStack()
    {
        // 100k nested single-item arrays: [[[[...]]]]
        var bytes = Enumerable.Repeat(new byte[] { 117, 1 }, 100_000).SelectMany(b => b).Append((byte)126).ToArray();

        var error = Assert.Throws<MalformedUpdateException>(() => new Lib0Decoder(bytes).ReadAny());

        Assert.Contains("nests deeper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decoder_OverArraySegment_ReadsOnlyThatSegment()
    {
        byte[] bytes = [0xFF, 0x05, 0x06, 0xFF];

        var decoder = new Lib0Decoder(bytes, 1, 2);

        Assert.Equal(5, decoder.ReadVarUint());
        Assert.Equal(6, decoder.ReadVarUint());
        Assert.Throws<MalformedUpdateException>(() => decoder.ReadUint8());
    }
}
