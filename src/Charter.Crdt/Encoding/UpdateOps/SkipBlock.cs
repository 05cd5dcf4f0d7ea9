namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>A gap: clocks this update says nothing about (struct ref 10, length always in the rest stream).</summary>
public sealed record SkipBlock(Id Id, long Length) : UpdateBlock(Id, Length)
{
    internal const byte StructRef = 10;

    internal override void Write(IUpdateEncoder encoder, long offset, bool preserveRawFields)
    {
        encoder.WriteInfo(StructRef);
        encoder.RestEncoder.WriteVarUint(Length - offset);
    }

    internal override UpdateBlock Slice(long diff) => new SkipBlock(Id with { Clock = Id.Clock + diff }, Length - diff);
}
