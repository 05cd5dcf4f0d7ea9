using Charter.Crdt.Encoding;

namespace Charter.Crdt.Contents;

/// <summary>Plain values (numbers, strings, booleans, null, objects, arrays) in lib0's "any" encoding.</summary>
public sealed class ContentAny : AbstractContent
{
    internal const int RefNumber = 8;

    private List<object?> _values;

    public ContentAny(List<object?> values) => _values = values;

    public override int Length => _values.Count;

    public override bool IsCountable => true;

    public override int Ref => RefNumber;

    public override IReadOnlyList<object?> GetContent() => _values;

    public override AbstractContent Copy() => new ContentAny(_values);

    public override AbstractContent Splice(int offset)
    {
        var right = new ContentAny(_values.GetRange(offset, _values.Count - offset));
        _values = _values.GetRange(0, offset);
        return right;
    }

    public override bool MergeWith(AbstractContent right)
    {
        var merged = new List<object?>(_values.Count + right.Length);
        merged.AddRange(_values);
        merged.AddRange(((ContentAny)right)._values);
        _values = merged;
        return true;
    }

    internal override void Write(IUpdateEncoder encoder, int offset)
    {
        encoder.WriteLen(_values.Count - offset);
        for (var i = offset; i < _values.Count; i++)
        {
            encoder.WriteAny(_values[i]);
        }
    }

    internal static ContentAny Read(IUpdateDecoder decoder)
    {
        var len = ReadCount(decoder, "Any content");
        var values = new List<object?>(Math.Min(len, 1024));
        for (var i = 0; i < len; i++)
        {
            values.Add(decoder.ReadAny());
        }

        return new ContentAny(values);
    }
}
