using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding;

/// <summary>Reads yjs's V1 update format.</summary>
public sealed class UpdateDecoderV1 : DSDecoderV1, IUpdateDecoder
{
    public UpdateDecoderV1(Lib0Decoder decoder)
        : base(decoder)
    {
    }

    public Id ReadLeftId() => new(RestDecoder.ReadVarUint(), RestDecoder.ReadVarUint());

    public Id ReadRightId() => new(RestDecoder.ReadVarUint(), RestDecoder.ReadVarUint());

    public long ReadClient() => RestDecoder.ReadVarUint();

    public byte ReadInfo() => RestDecoder.ReadUint8();

    public string ReadString() => RestDecoder.ReadVarString();

    public bool ReadParentInfo() => RestDecoder.ReadVarUint() == 1;

    public int ReadTypeRef() => RestDecoder.ReadVarUintAsInt32();

    public long ReadLen() => RestDecoder.ReadVarUint();

    public object? ReadAny() => RestDecoder.ReadAny();

    public byte[] ReadBuf() => RestDecoder.ReadVarUint8Array();

    public object? ReadJson() => JsJson.Parse(RestDecoder.ReadVarString());

    public string ReadKey() => RestDecoder.ReadVarString();
}
