using Charter.Crdt.Encoding;
using Charter.Crdt.Structs;
using Charter.Crdt.Types;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Contents;

/// <summary>
/// A formatting mark in rich text: from here on, attribute <see cref="Key"/> has <see cref="Value"/>
/// (null ends the attribute). It takes one clock but no index position.
/// </summary>
public sealed class ContentFormat : AbstractContent
{
    internal const int RefNumber = 6;

    public ContentFormat(string key, object? value)
    {
        Key = key;
        Value = value;
    }

    public string Key { get; }

    public object? Value { get; }

    public override int Length => 1;

    public override bool IsCountable => false;

    public override int Ref => RefNumber;

    public override IReadOnlyList<object?> GetContent() => [];

    public override AbstractContent Copy() => new ContentFormat(Key, Value);

    public override AbstractContent Splice(int offset) => throw new InvalidOperationException("Format content has length 1 and cannot be split.");

    public override bool MergeWith(AbstractContent right) => false;

    internal override void Integrate(Transaction transaction, Item item)
    {
        // Search markers do not account for formats, so rich text falls back to walking the list.
        var parent = item.Parent!;
        parent.SearchMarker = null;
        if (parent is YText text)
        {
            text.HasFormatting = true;
        }
    }

    internal override void Write(IUpdateEncoder encoder, int offset)
    {
        encoder.WriteKey(Key);
        encoder.WriteJson(Value);
    }

    internal static ContentFormat Read(IUpdateDecoder decoder) => new(decoder.ReadKey(), JsonRepresentable.Check(decoder.ReadJson(), "format value"));
}
