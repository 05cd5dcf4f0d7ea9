namespace Charter.Crdt.Encoding;

/// <summary>Writes the struct fields of an update (yjs's <c>UpdateEncoderV1</c>/<c>UpdateEncoderV2</c>).</summary>
public interface IUpdateEncoder : IDSEncoder
{
    void WriteLeftId(Id id);

    void WriteRightId(Id id);

    void WriteClient(long client);

    void WriteInfo(byte info);

    void WriteString(string value);

    void WriteParentInfo(bool isYKey);

    void WriteTypeRef(int typeRef);

    void WriteLen(long length);

    void WriteAny(object? value);

    void WriteBuf(ReadOnlySpan<byte> bytes);

    /// <summary>An embed or format value: JSON text in V1, an Any value in V2.</summary>
    void WriteJson(object? value);

    void WriteKey(string key);
}
