using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>
/// The content of an <see cref="ItemBlock"/>, one record per yjs content kind, numbered by the content
/// ref in the low five bits of the item's info byte.
/// </summary>
public abstract record BlockContent
{
    /// <summary>yjs's content ref (1 = Deleted … 9 = Doc).</summary>
    public abstract int Ref { get; }

    /// <summary>How many clocks the content occupies.</summary>
    public abstract long Length { get; }

    /// <summary>Writes the content from <paramref name="offset"/> on, as yjs's <c>content.write(encoder, offset)</c>.</summary>
    internal abstract void Write(IUpdateEncoder encoder, long offset, bool preserveRawFields);

    /// <summary>The right part after splitting at <paramref name="offset"/> (yjs's <c>content.splice</c>).</summary>
    internal virtual BlockContent Splice(long offset) =>
        throw new MalformedUpdateException($"Content ref {Ref} of length {Length} cannot be split at {offset}");

    /// <summary>Reads the content for <paramref name="info"/> (yjs's <c>readItemContent</c>).</summary>
    internal static BlockContent Read(IUpdateDecoder decoder, byte info) => (info & 0x1F) switch
    {
        DeletedContent.ContentRef => new DeletedContent(decoder.ReadLen()),
        JsonContent.ContentRef => JsonContent.ReadFrom(decoder),
        BinaryContent.ContentRef => new BinaryContent(decoder.ReadBuf()),
        StringContent.ContentRef => new StringContent(decoder.ReadString()),
        EmbedContent.ContentRef => new EmbedContent(decoder.ReadJson()),
        FormatContent.ContentRef => new FormatContent(decoder.ReadKey(), decoder.ReadJson()),
        TypeContent.ContentRef => TypeContent.ReadFrom(decoder),
        AnyContent.ContentRef => AnyContent.ReadFrom(decoder),
        DocContent.ContentRef => new DocContent(decoder.ReadString(), decoder.ReadAny()),
        var unknown => throw new MalformedUpdateException($"Unknown item content ref {unknown}", decoder.RestDecoder.Position),
    };

    /// <summary>Reads a content length and checks it is a plausible count for values that follow.</summary>
    private protected static int ReadValueCount(IUpdateDecoder decoder)
    {
        var length = decoder.ReadLen();
        return length <= int.MaxValue
            ? (int)length
            : throw new MalformedUpdateException($"Content claims {length} values", decoder.RestDecoder.Position);
    }
}

/// <summary>Deleted content that only keeps its length (ref 1).</summary>
public sealed record DeletedContent(long DeletedLength) : BlockContent
{
    internal const int ContentRef = 1;

    public override int Ref => ContentRef;

    public override long Length => DeletedLength;

    internal override void Write(IUpdateEncoder encoder, long offset, bool preserveRawFields) =>
        encoder.WriteLen(DeletedLength - offset);

    internal override BlockContent Splice(long offset) => new DeletedContent(DeletedLength - offset);
}

/// <summary>Legacy JSON values, each stored as JSON text (ref 2); <see cref="Undefined"/> is the text "undefined".</summary>
public sealed record JsonContent(IReadOnlyList<object?> Values) : BlockContent
{
    internal const int ContentRef = 2;

    public override int Ref => ContentRef;

    public override long Length => Values.Count;

    internal static JsonContent ReadFrom(IUpdateDecoder decoder)
    {
        var count = ReadValueCount(decoder);
        var values = new List<object?>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++)
        {
            var text = decoder.ReadString();
            values.Add(text == "undefined" ? Undefined.Value : JsJson.Parse(text));
        }

        return new JsonContent(values);
    }

    internal override void Write(IUpdateEncoder encoder, long offset, bool preserveRawFields)
    {
        encoder.WriteLen(Values.Count - offset);
        for (var i = (int)offset; i < Values.Count; i++)
        {
            encoder.WriteString(Values[i] is Undefined ? "undefined" : JsJson.Stringify(Values[i]));
        }
    }

    internal override BlockContent Splice(long offset) => new JsonContent(Values.Skip((int)offset).ToList());
}

/// <summary>A Uint8Array (ref 3).</summary>
public sealed record BinaryContent(byte[] Bytes) : BlockContent
{
    internal const int ContentRef = 3;

    public override int Ref => ContentRef;

    public override long Length => 1;

    internal override void Write(IUpdateEncoder encoder, long offset, bool preserveRawFields) => encoder.WriteBuf(Bytes);
}

/// <summary>Text; its length is in UTF-16 code units (ref 4).</summary>
public sealed record StringContent(string Text) : BlockContent
{
    internal const int ContentRef = 4;

    public override int Ref => ContentRef;

    public override long Length => Text.Length;

    internal override void Write(IUpdateEncoder encoder, long offset, bool preserveRawFields) =>
        encoder.WriteString(offset == 0 ? Text : Text[(int)offset..]);

    /// <summary>Splitting inside a surrogate pair leaves U+FFFD in its place, as yjs does.</summary>
    internal override BlockContent Splice(long offset)
    {
        var right = Text[(int)offset..];
        return new StringContent(char.IsHighSurrogate(Text[(int)offset - 1]) ? "\uFFFD" + right[1..] : right);
    }
}

/// <summary>A text embed (ref 5): JSON text in V1, an Any value in V2.</summary>
public sealed record EmbedContent(object? Embed) : BlockContent
{
    internal const int ContentRef = 5;

    public override int Ref => ContentRef;

    public override long Length => 1;

    internal override void Write(IUpdateEncoder encoder, long offset, bool preserveRawFields) => encoder.WriteJson(Embed);
}

/// <summary>A formatting mark in text (ref 6); a null value ends the attribute.</summary>
public sealed record FormatContent(string Key, object? Value) : BlockContent
{
    internal const int ContentRef = 6;

    public override int Ref => ContentRef;

    public override long Length => 1;

    internal override void Write(IUpdateEncoder encoder, long offset, bool preserveRawFields)
    {
        encoder.WriteKey(Key);
        encoder.WriteJson(Value);
    }
}

/// <summary>
/// A nested shared type (ref 7). Type refs: 0 YArray, 1 YMap, 2 YText, 3 YXmlElement (with node name),
/// 4 YXmlFragment, 5 YXmlHook (with hook name), 6 YXmlText.
/// </summary>
public sealed record TypeContent(int TypeRef, string? Name) : BlockContent
{
    internal const int ContentRef = 7;
    internal const int XmlElementRef = 3;
    internal const int XmlHookRef = 5;
    internal const int MaxTypeRef = 6;

    public override int Ref => ContentRef;

    public override long Length => 1;

    internal static TypeContent ReadFrom(IUpdateDecoder decoder)
    {
        var typeRef = decoder.ReadTypeRef();
        return typeRef switch
        {
            XmlElementRef or XmlHookRef => new TypeContent(typeRef, decoder.ReadKey()),
            >= 0 and <= MaxTypeRef => new TypeContent(typeRef, null),
            _ => throw new MalformedUpdateException($"Unknown type ref {typeRef}", decoder.RestDecoder.Position),
        };
    }

    internal override void Write(IUpdateEncoder encoder, long offset, bool preserveRawFields)
    {
        encoder.WriteTypeRef(TypeRef);
        if (TypeRef is XmlElementRef or XmlHookRef)
        {
            encoder.WriteKey(Name ?? throw new MalformedUpdateException($"Type ref {TypeRef} needs a name"));
        }
    }
}

/// <summary>Any values (ref 8): what YArray.insert and YMap.set store for plain values.</summary>
public sealed record AnyContent(IReadOnlyList<object?> Values) : BlockContent
{
    internal const int ContentRef = 8;

    public override int Ref => ContentRef;

    public override long Length => Values.Count;

    internal static AnyContent ReadFrom(IUpdateDecoder decoder)
    {
        var count = ReadValueCount(decoder);
        var values = new List<object?>(Math.Min(count, decoder.RestDecoder.Remaining));
        for (var i = 0; i < count; i++)
        {
            values.Add(decoder.ReadAny());
        }

        return new AnyContent(values);
    }

    internal override void Write(IUpdateEncoder encoder, long offset, bool preserveRawFields)
    {
        encoder.WriteLen(Values.Count - offset);
        for (var i = (int)offset; i < Values.Count; i++)
        {
            encoder.WriteAny(Values[i]);
        }
    }

    internal override BlockContent Splice(long offset) => new AnyContent(Values.Skip((int)offset).ToList());
}

/// <summary>A subdocument (ref 9): its guid and options.</summary>
public sealed record DocContent(string Guid, object? Options) : BlockContent
{
    internal const int ContentRef = 9;

    public override int Ref => ContentRef;

    public override long Length => 1;

    internal override void Write(IUpdateEncoder encoder, long offset, bool preserveRawFields)
    {
        if (preserveRawFields)
        {
            encoder.WriteString(Guid);
            encoder.WriteAny(Options);
            return;
        }

        var (guid, options) = SubdocOptions.Normalize(Guid, Options);
        encoder.WriteString(guid);
        encoder.WriteAny(options);
    }
}
