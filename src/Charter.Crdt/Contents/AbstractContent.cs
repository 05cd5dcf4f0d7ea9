using Charter.Crdt.Encoding;
using Charter.Crdt.Structs;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Contents;

/// <summary>
/// What an <see cref="Item"/> holds. Each kind has a ref number (written in the low five bits of
/// the item's info byte) and knows how to split, merge, integrate and encode itself.
/// </summary>
public abstract class AbstractContent
{
    /// <summary>Clocks covered; for text, UTF-16 code units.</summary>
    public abstract int Length { get; }

    /// <summary>Whether the content counts towards the parent's length and index positions.</summary>
    public abstract bool IsCountable { get; }

    /// <summary>The content ref number used on the wire.</summary>
    public abstract int Ref { get; }

    /// <summary>The values this content contributes to its parent, one per clock for countable content.</summary>
    public abstract IReadOnlyList<object?> GetContent();

    public abstract AbstractContent Copy();

    /// <summary>Keeps the first <paramref name="offset"/> clocks here and returns the rest.</summary>
    public abstract AbstractContent Splice(int offset);

    /// <summary>Appends <paramref name="right"/> (of the same kind) when this kind allows it.</summary>
    public abstract bool MergeWith(AbstractContent right);

    internal virtual void Integrate(Transaction transaction, Item item)
    {
    }

    internal virtual void Delete(Transaction transaction)
    {
    }

    internal virtual void Gc(StructStore store)
    {
    }

    internal abstract void Write(IUpdateEncoder encoder, int offset);

    /// <summary>Reads content whose ref number is <paramref name="contentRef"/>; throws on unknown refs.</summary>
    internal static AbstractContent Read(IUpdateDecoder decoder, int contentRef, Doc doc) => contentRef switch
    {
        ContentDeleted.RefNumber => ContentDeleted.Read(decoder),
        ContentJson.RefNumber => ContentJson.Read(decoder),
        ContentBinary.RefNumber => ContentBinary.Read(decoder),
        ContentString.RefNumber => ContentString.Read(decoder),
        ContentEmbed.RefNumber => ContentEmbed.Read(decoder),
        ContentFormat.RefNumber => ContentFormat.Read(decoder),
        ContentType.RefNumber => ContentType.Read(decoder),
        ContentAny.RefNumber => ContentAny.Read(decoder),
        ContentDoc.RefNumber => ContentDoc.Read(decoder, doc),
        _ => throw new MalformedUpdateException($"Unknown content ref {contentRef}."),
    };

    /// <summary>Reads a length prefix and checks it against a sane bound before anything is allocated.</summary>
    internal static int ReadCount(IUpdateDecoder decoder, string what)
    {
        var len = decoder.ReadLen();
        if (len < 0 || len > int.MaxValue / 2)
        {
            throw new MalformedUpdateException($"{what} length {len} is out of range.");
        }

        return (int)len;
    }
}
