using Charter.Crdt.Encoding;

namespace Charter.Crdt.Contents;

/// <summary>
/// A run of text. Typing appends one character at a time and cleanup merges each into its left
/// neighbour, so the characters live in a growable buffer: appending is amortised O(1) instead of
/// copying the whole run each time.
/// </summary>
public sealed class ContentString : AbstractContent
{
    internal const int RefNumber = 4;

    private char[] _chars;
    private int _length;

    public ContentString(string str)
    {
        _chars = str.ToCharArray();
        _length = str.Length;
    }

    private ContentString(char[] chars, int length)
    {
        _chars = chars;
        _length = length;
    }

    public string Str => new(_chars, 0, _length);

    public override int Length => _length;

    public override bool IsCountable => true;

    public override int Ref => RefNumber;

    internal ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public override IReadOnlyList<object?> GetContent()
    {
        var result = new object?[_length];
        for (var i = 0; i < _length; i++)
        {
            result[i] = _chars[i].ToString();
        }

        return result;
    }

    public override AbstractContent Copy() => new ContentString(Str);

    public override AbstractContent Splice(int offset)
    {
        var rightChars = _chars.AsSpan(offset, _length - offset).ToArray();
        var right = new ContentString(rightChars, rightChars.Length);
        _length = offset;

        // A surrogate pair must never be split into two items: both halves become U+FFFD, as in yjs.
        if (offset > 0 && char.IsHighSurrogate(_chars[offset - 1]))
        {
            _chars[offset - 1] = '\uFFFD';
            if (right._length > 0)
            {
                right._chars[0] = '\uFFFD';
            }
        }

        return right;
    }

    public override bool MergeWith(AbstractContent right)
    {
        var other = ((ContentString)right).Span;
        var needed = _length + other.Length;
        if (needed > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(needed, _chars.Length * 2));
        }

        other.CopyTo(_chars.AsSpan(_length));
        _length = needed;
        return true;
    }

    internal override void Write(IUpdateEncoder encoder, int offset) =>
        encoder.WriteString(offset == 0 ? Str : new string(_chars, offset, _length - offset));

    internal static ContentString Read(IUpdateDecoder decoder) => new(decoder.ReadString());
}
