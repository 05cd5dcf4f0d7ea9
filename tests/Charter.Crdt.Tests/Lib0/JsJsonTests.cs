using Charter.Crdt.Lib0;
using Charter.Crdt.Tests.TestSupport;

namespace Charter.Crdt.Tests.Lib0;

/// <summary>yjs V1 puts JSON.stringify output on the wire, so ours must be the same text.</summary>
public sealed class JsJsonTests
{
    private static readonly System.Text.Json.JsonElement Primitives = Fixture.Load("lib0-primitives");

    [Fact]
    public void Stringify_FixtureValues_MatchJsonStringify()
    {
        foreach (var item in Primitives.GetProperty("json").EnumerateArray())
        {
            var value = TypedValue.ToValue(item.GetProperty("value"));
            Assert.Equal(item.Str("text"), JsJson.Stringify(value));
        }
    }

    [Fact]
    public void Stringify_LoneSurrogates_AreEscapedLikeWellFormedJsonStringify()
    {
        var item = Primitives.GetProperty("jsonLoneSurrogate");
        var value = new string(item.GetProperty("codeUnits").EnumerateArray().Select(c => (char)c.GetInt32()).ToArray());

        Assert.Equal(item.Str("text"), JsJson.Stringify(value));
    }

    [Fact]
    public void Parse_JsonStringifyText_StringifiesBackToTheSameText()
    {
        foreach (var item in Primitives.GetProperty("json").EnumerateArray())
        {
            var text = item.Str("text");
            Assert.Equal(text, JsJson.Stringify(JsJson.Parse(text)));
        }
    }

    [Theory]
    [InlineData("{\"b\":1,\"1\":2}", "{\"1\":2,\"b\":1}")]
    [InlineData(" [ 1 , 2.50 , -0 , 1E3 ] ", "[1,2.5,0,1000]")]
    [InlineData("\"\\u00e9\\/\"", "\"é/\"")]
    public void Parse_ThenStringify_NormalisesAsJavaScriptDoes(string input, string expected)
    {
        Assert.Equal(expected, JsJson.Stringify(JsJson.Parse(input)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[1,]")]
    [InlineData("01")]
    [InlineData("\"unterminated")]
    [InlineData("nul")]
    [InlineData("1 2")]
    public void Parse_InvalidJson_ThrowsMalformedUpdate(string input)
    {
        var error = Assert.Throws<MalformedUpdateException>(() => JsJson.Parse(input));

        Assert.StartsWith("Invalid JSON", error.Message, StringComparison.Ordinal);
    }
}
