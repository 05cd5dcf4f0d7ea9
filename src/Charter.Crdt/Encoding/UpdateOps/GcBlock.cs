namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>A garbage-collected range: deleted content whose details were dropped (struct ref 0).</summary>
public sealed record GcBlock(Id Id, long Length) : UpdateBlock(Id, Length)
{
    internal const byte StructRef = 0;

    internal override void Write(IUpdateEncoder encoder, long offset, bool preserveRawFields)
    {
        encoder.WriteInfo(StructRef);
        encoder.WriteLen(Length - offset);
    }

    internal override UpdateBlock Slice(long diff) => new GcBlock(Id with { Clock = Id.Clock + diff }, Length - diff);
}
