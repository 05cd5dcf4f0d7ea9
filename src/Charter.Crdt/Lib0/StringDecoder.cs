namespace Charter.Crdt.Lib0;

/// <summary>Reads <see cref="StringEncoder"/> output, slicing the concatenated text by UTF-16 lengths.</summary>
public sealed class StringDecoder
{
    private readonly UintOptRleDecoder _lengths;
    private readonly string _text;
    private int _position;

    public StringDecoder(ReadOnlyMemory<byte> bytes)
    {
        var decoder = new Lib0Decoder(bytes);
        _text = decoder.ReadVarString();
        _lengths = new UintOptRleDecoder(decoder);
    }

    public string Read()
    {
        var offset = _lengths.Decoder.Position;
        var length = _lengths.Read();
        if (length < 0 || length > _text.Length - _position)
        {
            throw new MalformedUpdateException(
                $"String length {length} runs past the {_text.Length - _position} characters left in the string column", offset);
        }

        var value = _text.Substring(_position, (int)length);
        _position += (int)length;
        return value;
    }
}
