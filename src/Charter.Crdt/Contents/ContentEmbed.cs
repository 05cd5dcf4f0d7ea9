using Charter.Crdt.Encoding;

namespace Charter.Crdt.Contents;

/// <summary>An embedded object in rich text (an image, a formula): one position, any JSON value.</summary>
public sealed class ContentEmbed : AbstractContent
{
    internal const int RefNumber = 5;

    public ContentEmbed(object? embed) => Embed = embed;

    public object? Embed { get; }

    public override int Length => 1;

    public override bool IsCountable => true;

    public override int Ref => RefNumber;

    public override IReadOnlyList<object?> GetContent() => [Embed];

    public override AbstractContent Copy() => new ContentEmbed(Embed);

    public override AbstractContent Splice(int offset) => throw new InvalidOperationException("Embed content has length 1 and cannot be split.");

    public override bool MergeWith(AbstractContent right) => false;

    internal override void Write(IUpdateEncoder encoder, int offset) => encoder.WriteJson(Embed);

    internal static ContentEmbed Read(IUpdateDecoder decoder) => new(JsonRepresentable.Check(decoder.ReadJson(), "embed"));
}
