using Charter.Crdt.Encoding;
using Charter.Crdt.Lib0;

namespace Charter.Crdt.Contents;

/// <summary>
/// Legacy JSON content (older yjs wrote array values as JSON strings). The original strings are kept
/// so re-encoding is lossless; values are parsed on demand.
/// </summary>
public sealed class ContentJson : AbstractContent
{
    internal const int RefNumber = 2;

    /// <summary>What yjs writes for a JS <c>undefined</c> element.</summary>
    private const string UndefinedText = "undefined";

    private List<string> _texts;

    public ContentJson(List<string> texts) => _texts = texts;

    public override int Length => _texts.Count;

    public override bool IsCountable => true;

    public override int Ref => RefNumber;

    public override IReadOnlyList<object?> GetContent() => _texts.ConvertAll(Parse);

    public override AbstractContent Copy() => new ContentJson(_texts);

    public override AbstractContent Splice(int offset)
    {
        var right = new ContentJson(_texts.GetRange(offset, _texts.Count - offset));
        _texts = _texts.GetRange(0, offset);
        return right;
    }

    public override bool MergeWith(AbstractContent right)
    {
        var merged = new List<string>(_texts);
        merged.AddRange(((ContentJson)right)._texts);
        _texts = merged;
        return true;
    }

    internal override void Write(IUpdateEncoder encoder, int offset)
    {
        encoder.WriteLen(_texts.Count - offset);
        for (var i = offset; i < _texts.Count; i++)
        {
            encoder.WriteString(_texts[i]);
        }
    }

    internal static ContentJson Read(IUpdateDecoder decoder)
    {
        var len = ReadCount(decoder, "JSON content");
        var texts = new List<string>(Math.Min(len, 1024));
        for (var i = 0; i < len; i++)
        {
            var text = decoder.ReadString();
            if (text != UndefinedText)
            {
                JsJson.Parse(text);
            }

            texts.Add(text);
        }

        return new ContentJson(texts);
    }

    private static object? Parse(string text) => text == UndefinedText ? Undefined.Value : JsJson.Parse(text);
}
