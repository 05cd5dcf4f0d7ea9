namespace Charter.Crdt.Encoding;

/// <summary>Reads the struct fields of an update (yjs's <c>UpdateDecoderV1</c>/<c>UpdateDecoderV2</c>).</summary>
public interface IUpdateDecoder : IDSDecoder
{
    Id ReadLeftId();

    Id ReadRightId();

    long ReadClient();

    byte ReadInfo();

    string ReadString();

    bool ReadParentInfo();

    int ReadTypeRef();

    long ReadLen();

    object? ReadAny();

    byte[] ReadBuf();

    /// <summary>An embed or format value: JSON text in V1, an Any value in V2.</summary>
    object? ReadJson();

    string ReadKey();
}
