using Charter.Crdt.Utils;

namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>
/// Walks the structs of an update one at a time without building a document (yjs's
/// <c>LazyStructReader</c>). <see cref="Current"/> is null once every struct has been read; the
/// decoder is then positioned at the delete set. Every header rule is <see cref="StructInfo"/>'s,
/// the same the document's reader applies, so an update one accepts the other accepts too.
/// </summary>
public sealed class LazyStructReader
{
    private readonly IEnumerator<UpdateBlock> _blocks;
    private readonly bool _filterSkips;

    /// <param name="updateLength">The update's size in bytes, which bounds the structs it may claim.</param>
    public LazyStructReader(IUpdateDecoder decoder, int updateLength, bool filterSkips)
    {
        _blocks = ReadBlocks(decoder, StructInfo.MaxStructs(updateLength)).GetEnumerator();
        _filterSkips = filterSkips;
        Next();
    }

    public UpdateBlock? Current { get; private set; }

    public UpdateBlock? Next()
    {
        do
        {
            Current = _blocks.MoveNext() ? _blocks.Current : null;
        }
        while (_filterSkips && Current is SkipBlock);

        return Current;
    }

    private static IEnumerable<UpdateBlock> ReadBlocks(IUpdateDecoder decoder, long maxStructs)
    {
        var rest = decoder.RestDecoder;
        var clientCount = Wire.ReadCount(rest, "clients");
        var seen = new HashSet<long>();
        long totalStructs = 0;
        for (long c = 0; c < clientCount; c++)
        {
            var structCount = rest.ReadVarUint();
            totalStructs = StructInfo.CountStructs(totalStructs, structCount, maxStructs);
            var client = decoder.ReadClient();
            StructInfo.CheckClient(client);
            var clock = rest.ReadVarUint();
            if (!seen.Add(client))
            {
                throw new MalformedUpdateException($"Client {client} appears twice in the update.");
            }

            for (long s = 0; s < structCount; s++)
            {
                var block = ReadBlock(decoder, new Id(client, clock));
                StructInfo.CheckLength(client, clock, block.Length);
                clock += block.Length;
                yield return block;
            }
        }
    }

    private static UpdateBlock ReadBlock(IUpdateDecoder decoder, Id id)
    {
        var info = decoder.ReadInfo();
        switch (StructInfo.Classify(info, id.Client, id.Clock))
        {
            case StructKind.Skip:
                return new SkipBlock(id, decoder.RestDecoder.ReadVarUint());
            case StructKind.Gc:
                return new GcBlock(id, decoder.ReadLen());
        }

        var hasOrigin = (info & 0x80) != 0;
        var hasRightOrigin = (info & 0x40) != 0;
        var origin = hasOrigin ? StructInfo.CheckReference(decoder.ReadLeftId(), id, "origin") : (Id?)null;
        var rightOrigin = hasRightOrigin ? StructInfo.CheckReference(decoder.ReadRightId(), id, "right origin") : (Id?)null;
        string? parentYKey = null;
        Id? parentId = null;
        string? parentSub = null;
        if (!hasOrigin && !hasRightOrigin)
        {
            if (decoder.ReadParentInfo())
            {
                parentYKey = decoder.ReadString();
            }
            else
            {
                parentId = StructInfo.CheckReference(decoder.ReadLeftId(), id, "parent");
            }

            if ((info & 0x20) != 0)
            {
                parentSub = decoder.ReadString();
            }
        }

        var content = BlockContent.Read(decoder, info);
        return new ItemBlock(id, origin, rightOrigin, parentYKey, parentId, parentSub, content) { RawInfo = info };
    }
}
