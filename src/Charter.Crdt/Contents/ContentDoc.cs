using Charter.Crdt.Encoding;
using Charter.Crdt.Structs;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Contents;

/// <summary>A subdocument: a separate <see cref="Doc"/> identified by its guid, embedded at one position.</summary>
public sealed class ContentDoc : AbstractContent
{
    internal const int RefNumber = 9;

    public ContentDoc(Doc doc)
        : this(doc, DefaultOptions(doc))
    {
    }

    private ContentDoc(Doc doc, object? options)
    {
        Doc = doc;
        Options = options;
    }

    public Doc Doc { get; }

    /// <summary>The options written next to the guid (gc, autoLoad, meta), kept as read for lossless re-encoding.</summary>
    public object? Options { get; }

    public override int Length => 1;

    public override bool IsCountable => true;

    public override int Ref => RefNumber;

    public override IReadOnlyList<object?> GetContent() => [Doc];

    public override AbstractContent Copy() => new ContentDoc(Doc.CreateSubdoc(Doc.Guid, Options), Options);

    public override AbstractContent Splice(int offset) => throw new InvalidOperationException("Doc content has length 1 and cannot be split.");

    public override bool MergeWith(AbstractContent right) => false;

    internal override void Integrate(Transaction transaction, Item item)
    {
        Doc.Item = item;
        transaction.SubdocsAdded.Add(Doc);
        if (Doc.ShouldLoad)
        {
            transaction.SubdocsLoaded.Add(Doc);
        }
    }

    internal override void Delete(Transaction transaction)
    {
        if (!transaction.SubdocsAdded.Remove(Doc))
        {
            transaction.SubdocsRemoved.Add(Doc);
        }
    }

    internal override void Write(IUpdateEncoder encoder, int offset)
    {
        encoder.WriteString(Doc.Guid);
        encoder.WriteAny(Options);
    }

    internal static ContentDoc Read(IUpdateDecoder decoder, Doc parent)
    {
        var guid = decoder.ReadString();
        var options = decoder.ReadAny();
        return new ContentDoc(parent.CreateSubdoc(guid, options), options);
    }

    private static Dictionary<string, object?> DefaultOptions(Doc doc)
    {
        var options = new Dictionary<string, object?>();
        if (!doc.Gc)
        {
            options["gc"] = false;
        }

        if (doc.AutoLoad)
        {
            options["autoLoad"] = true;
        }

        if (doc.Meta is not null)
        {
            options["meta"] = doc.Meta;
        }

        return options;
    }
}
