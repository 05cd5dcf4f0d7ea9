using Charter.Crdt.Encoding;

namespace Charter.Crdt.Contents;

/// <summary>One opaque byte array (a Uint8Array in yjs).</summary>
public sealed class ContentBinary : AbstractContent
{
    internal const int RefNumber = 3;

    public ContentBinary(byte[] content) => Content = content;

    public byte[] Content { get; }

    public override int Length => 1;

    public override bool IsCountable => true;

    public override int Ref => RefNumber;

    public override IReadOnlyList<object?> GetContent() => [Content];

    public override AbstractContent Copy() => new ContentBinary(Content);

    public override AbstractContent Splice(int offset) => throw new InvalidOperationException("Binary content has length 1 and cannot be split.");

    public override bool MergeWith(AbstractContent right) => false;

    internal override void Write(IUpdateEncoder encoder, int offset) => encoder.WriteBuf(Content);

    internal static ContentBinary Read(IUpdateDecoder decoder) => new(decoder.ReadBuf());
}
