namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>
/// One struct of an update as it sits on the wire, without a document around it (yjs's updates.js
/// works on the same lightweight Item/GC/Skip values). A block covers the clocks
/// [<see cref="Id"/>.Clock, <see cref="End"/>) of its client.
/// </summary>
public abstract record UpdateBlock(Id Id, long Length)
{
    public long End => Id.Clock + Length;

    /// <summary>Writes this block from <paramref name="offset"/> clocks in, as yjs's <c>struct.write(encoder, offset)</c>.</summary>
    internal abstract void Write(IUpdateEncoder encoder, long offset, bool preserveRawFields);

    /// <summary>The part of this block that starts <paramref name="diff"/> clocks in (yjs's <c>sliceStruct</c>).</summary>
    internal abstract UpdateBlock Slice(long diff);
}
