using System.Text;

namespace Charter.Crdt.Lib0;

/// <summary>
/// lib0's <c>StringEncoder</c>: all strings concatenated into one var string, followed by their
/// UTF-16 lengths in a <see cref="UintOptRleEncoder"/>.
/// </summary>
public sealed class StringEncoder
{
    private readonly StringBuilder _text = new();
    private readonly UintOptRleEncoder _lengths = new();

    public void Write(string value)
    {
        _text.Append(value);
        _lengths.Write(value.Length);
    }

    public byte[] ToArray()
    {
        var encoder = new Lib0Encoder();
        encoder.WriteVarString(_text.ToString());
        encoder.WriteUint8Array(_lengths.ToArray());
        return encoder.ToArray();
    }
}
