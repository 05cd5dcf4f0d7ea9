using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>
/// Walks the structs of an update one at a time without building a document (yjs's
/// <c>LazyStructReader</c>). <see cref="Current"/> is null once every struct has been read; the
/// decoder is then positioned at the delete set.
/// </summary>
public sealed class LazyStructReader
{
    private readonly IEnumerator<UpdateBlock> _blocks;
    private readonly bool _filterSkips;

    public LazyStructReader(IUpdateDecoder decoder, bool filterSkips)
    {
        _blocks = ReadBlocks(decoder).GetEnumerator();
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

    private static IEnumerable<UpdateBlock> ReadBlocks(IUpdateDecoder decoder)
    {
        var rest = decoder.RestDecoder;
        var clientCount = rest.ReadVarUint();
        for (long c = 0; c < clientCount; c++)
        {
            var structCount = rest.ReadVarUint();
            var client = decoder.ReadClient();
            var clock = rest.ReadVarUint();
            for (long s = 0; s < structCount; s++)
            {
                var block = ReadBlock(decoder, new Id(client, clock));
                clock += block.Length;
                if (clock > Lib0Decoder.MaxSafeInteger)
                {
                    throw new MalformedUpdateException($"Clock of client {client} exceeds 2^53 - 1", rest.Position);
                }

                yield return block;
            }
        }
    }

    private static UpdateBlock ReadBlock(IUpdateDecoder decoder, Id id)
    {
        var info = decoder.ReadInfo();
        if (info == SkipBlock.StructRef)
        {
            return new SkipBlock(id, decoder.RestDecoder.ReadVarUint());
        }

        if ((info & 0x1F) == GcBlock.StructRef)
        {
            return new GcBlock(id, decoder.ReadLen());
        }

        var hasOrigin = (info & 0x80) != 0;
        var hasRightOrigin = (info & 0x40) != 0;
        var origin = hasOrigin ? decoder.ReadLeftId() : (Id?)null;
        var rightOrigin = hasRightOrigin ? decoder.ReadRightId() : (Id?)null;
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
                parentId = decoder.ReadLeftId();
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
