using System.Globalization;
using System.Numerics;
using Charter.Crdt.Lib0;
using Charter.Crdt.Tests.TestSupport;

namespace Charter.Crdt.Tests.Lib0;

/// <summary>Every primitive must encode to exactly the bytes lib0 0.2.120 wrote (Fixtures/lib0-primitives.json).</summary>
public sealed class Lib0EncoderTests
{
    private static readonly System.Text.Json.JsonElement Primitives = Fixture.Load("lib0-primitives");

    [Fact]
    public void WriteVarUint_FixtureValues_MatchLib0Bytes()
    {
        foreach (var item in Primitives.GetProperty("varUint").EnumerateArray())
        {
            var value = long.Parse(item.Str("value"), CultureInfo.InvariantCulture);
            AssertBytes(item, e => e.WriteVarUint(value), $"varUint {value}");
        }
    }

    [Fact]
    public void WriteVarInt_FixtureValuesIncludingNegativeZero_MatchLib0Bytes()
    {
        foreach (var item in Primitives.GetProperty("varInt").EnumerateArray())
        {
            var text = item.Str("value");
            if (text == "-0")
            {
                AssertBytes(item, e => e.WriteVarIntNegativeZero(), "varInt -0");
            }
            else
            {
                var value = long.Parse(text, CultureInfo.InvariantCulture);
                AssertBytes(item, e => e.WriteVarInt(value), $"varInt {value}");
            }
        }
    }

    [Fact]
    public void WriteVarString_NonAsciiAndEmoji_MatchLib0Bytes()
    {
        foreach (var item in Primitives.GetProperty("varString").EnumerateArray())
        {
            var value = item.Str("value");
            AssertBytes(item, e => e.WriteVarString(value), $"string '{value}'");
        }
    }

    [Fact]
    public void WriteVarString_LoneSurrogates_BecomeReplacementCharacterLikeTextEncoder()
    {
        var item = Primitives.GetProperty("loneSurrogateString");
        var value = new string(item.GetProperty("codeUnits").EnumerateArray().Select(c => (char)c.GetInt32()).ToArray());
        AssertBytes(item, e => e.WriteVarString(value), "lone surrogates");
    }

    [Fact]
    public void WriteFixedWidthIntegers_FixtureValues_MatchLib0Bytes()
    {
        foreach (var item in Primitives.GetProperty("uint8").EnumerateArray())
        {
            AssertBytes(item, e => e.WriteUint8(byte.Parse(item.Str("value"), CultureInfo.InvariantCulture)), "uint8");
        }

        foreach (var item in Primitives.GetProperty("uint16").EnumerateArray())
        {
            AssertBytes(item, e => e.WriteUint16(ushort.Parse(item.Str("value"), CultureInfo.InvariantCulture)), "uint16");
        }

        foreach (var item in Primitives.GetProperty("uint32").EnumerateArray())
        {
            AssertBytes(item, e => e.WriteUint32(uint.Parse(item.Str("value"), CultureInfo.InvariantCulture)), "uint32");
        }

        foreach (var item in Primitives.GetProperty("uint32BigEndian").EnumerateArray())
        {
            AssertBytes(item, e => e.WriteUint32BigEndian(uint.Parse(item.Str("value"), CultureInfo.InvariantCulture)), "uint32 BE");
        }
    }

    [Fact]
    public void WriteFloatsAndBigInts_FixtureValues_MatchLib0Bytes()
    {
        foreach (var item in Primitives.GetProperty("float32").EnumerateArray())
        {
            var value = Convert.ToDouble(TypedValue.ToValue(item.GetProperty("value")), CultureInfo.InvariantCulture);
            AssertBytes(item, e => e.WriteFloat32((float)value), $"float32 {value}");
        }

        foreach (var item in Primitives.GetProperty("float64").EnumerateArray())
        {
            var value = Convert.ToDouble(TypedValue.ToValue(item.GetProperty("value")), CultureInfo.InvariantCulture);
            AssertBytes(item, e => e.WriteFloat64(value), $"float64 {value}");
        }

        foreach (var item in Primitives.GetProperty("bigInt64").EnumerateArray())
        {
            var value = BigInteger.Parse(item.Str("value"), CultureInfo.InvariantCulture);
            AssertBytes(item, e => e.WriteBigInt64(value), $"bigint {value}");
        }

        foreach (var item in Primitives.GetProperty("varUint8Array").EnumerateArray())
        {
            var value = item.GetProperty("value").Hex();
            AssertBytes(item, e => e.WriteVarUint8Array(value), "byte array");
        }
    }

    [Fact]
    public void WriteAny_EveryAnyType_MatchesLib0WriteAny()
    {
        foreach (var item in Primitives.GetProperty("any").EnumerateArray())
        {
            var value = TypedValue.ToValue(item.GetProperty("value"));
            AssertBytes(item, e => e.WriteAny(value), $"any {item.GetProperty("value")}");
        }
    }

    [Fact]
    public void WriteAny_DictionaryWithIndexLikeKeys_UsesJavaScriptPropertyOrder()
    {
        var encoder = new Lib0Encoder();
        encoder.WriteAny(new Dictionary<string, object?> { ["b"] = 1L, ["10"] = 2L, ["2"] = 3L, ["02"] = 4L });

        var decoded = (Dictionary<string, object?>)new Lib0Decoder(encoder.ToArray()).ReadAny()!;

        Assert.Equal(["2", "10", "b", "02"], decoded.Keys);
    }

    [Fact]
    public void WriteAny_IntegersBeyond31Bits_AreFloatsAsInJavaScript()
    {
        var encoder = new Lib0Encoder();
        encoder.WriteAny(1L << 31);
        encoder.WriteAny((1L << 31) + 1);

        Assert.Equal("7C4F000000" + "7B41E0000000200000", Convert.ToHexString(encoder.ToArray()));
    }

    [Fact]
    public void WriteAny_DotNetNaN_WritesJavaScriptsCanonicalNaN()
    {
        var encoder = new Lib0Encoder();
        encoder.WriteAny(double.NaN);
        encoder.WriteFloat32(float.NaN);

        Assert.Equal("7B7FF8000000000000" + "7FC00000", Convert.ToHexString(encoder.ToArray()));
    }

    [Fact]
    public void WriteAny_UnsupportedType_ThrowsArgumentException()
    {
        var encoder = new Lib0Encoder();

        var error = Assert.Throws<ArgumentException>(() => encoder.WriteAny(new Uri("https://example.org")));

        Assert.Contains("System.Uri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteVarUint_Negative_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Lib0Encoder().WriteVarUint(-1));
    }

    [Fact]
    public void Encoder_ManyWrites_GrowsAndKeepsEveryByte()
    {
        var encoder = new Lib0Encoder(initialCapacity: 1);
        for (var i = 0; i < 10_000; i++)
        {
            encoder.WriteVarUint(i);
        }

        var decoder = new Lib0Decoder(encoder.ToArray());
        for (var i = 0; i < 10_000; i++)
        {
            Assert.Equal(i, decoder.ReadVarUint());
        }

        Assert.False(decoder.HasContent);
    }

    private static void AssertBytes(System.Text.Json.JsonElement item, Action<Lib0Encoder> write, string what)
    {
        var encoder = new Lib0Encoder();
        write(encoder);
        Assert.True(
            item.Str("hex") == Convert.ToHexString(encoder.ToArray()).ToLowerInvariant(),
            $"{what}: lib0 wrote {item.Str("hex")}, we wrote {Convert.ToHexString(encoder.ToArray()).ToLowerInvariant()}");
    }
}
