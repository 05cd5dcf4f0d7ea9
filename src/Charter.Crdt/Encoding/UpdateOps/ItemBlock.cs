namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>
/// An item as written on the wire. The parent (a root type name or the id of the item holding the
/// parent type) and the map key are only present when the item has neither origin, as yjs writes them.
/// </summary>
public sealed record ItemBlock(
    Id Id,
    Id? Origin,
    Id? RightOrigin,
    string? ParentYKey,
    Id? ParentId,
    string? ParentSub,
    BlockContent Content) : UpdateBlock(Id, Content.Length)
{
    private const byte OriginBit = 0x80;
    private const byte RightOriginBit = 0x40;
    private const byte ParentSubBit = 0x20;

    /// <summary>
    /// The info byte as it was read. yjs recomputes info when it re-encodes without a document, which drops
    /// the parent-sub bit of items that have an origin; the raw byte lets a plain round trip stay exact.
    /// </summary>
    public byte? RawInfo { get; init; }

    internal override void Write(IUpdateEncoder encoder, long offset, bool preserveRawFields)
    {
        var origin = offset > 0 ? new Id(Id.Client, Id.Clock + offset - 1) : Origin;
        var info = (byte)((Content.Ref & 0x1F)
            | (origin is null ? 0 : OriginBit)
            | (RightOrigin is null ? 0 : RightOriginBit)
            | (ParentSub is null ? 0 : ParentSubBit));
        encoder.WriteInfo(preserveRawFields && offset == 0 && RawInfo is { } raw ? raw : info);
        if (origin is { } left)
        {
            encoder.WriteLeftId(left);
        }

        if (RightOrigin is { } right)
        {
            encoder.WriteRightId(right);
        }

        if (origin is null && RightOrigin is null)
        {
            if (ParentYKey is not null)
            {
                encoder.WriteParentInfo(true);
                encoder.WriteString(ParentYKey);
            }
            else if (ParentId is { } parentId)
            {
                encoder.WriteParentInfo(false);
                encoder.WriteLeftId(parentId);
            }
            else
            {
                throw new MalformedUpdateException($"Item {Id.Client}:{Id.Clock} has neither origin nor parent");
            }

            if (ParentSub is not null)
            {
                encoder.WriteString(ParentSub);
            }
        }

        Content.Write(encoder, offset, preserveRawFields);
    }

    internal override UpdateBlock Slice(long diff) =>
        new ItemBlock(
            Id with { Clock = Id.Clock + diff },
            new Id(Id.Client, Id.Clock + diff - 1),
            RightOrigin,
            ParentYKey,
            ParentId,
            ParentSub,
            Content.Splice(diff));
}
