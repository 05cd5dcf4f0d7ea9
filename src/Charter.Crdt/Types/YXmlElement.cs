using System.Text;
using Charter.Crdt.Encoding;

namespace Charter.Crdt.Types;

/// <summary>An XML element: a tag name, attributes (the map) and children (the list).</summary>
public sealed class YXmlElement : YXmlFragment
{
    internal new const int TypeRefNumber = 3;

    public YXmlElement(string nodeName = "UNDEFINED") => NodeName = nodeName;

    public string NodeName { get; }

    public void SetAttribute(string name, object? value) => RequireDoc().Transact(tr => MapSet(tr, name, value));

    public void RemoveAttribute(string name) => RequireDoc().Transact(tr => MapDelete(tr, name));

    public object? GetAttribute(string name) => MapGet(name);

    public Dictionary<string, object?> GetAttributes() => MapGetAll();

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append('<').Append(NodeName.ToLowerInvariant());
        foreach (var (key, value) in GetAttributes().OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            sb.Append(' ').Append(key).Append("=\"").Append(value).Append('"');
        }

        sb.Append('>').Append(base.ToString()).Append("</").Append(NodeName.ToLowerInvariant()).Append('>');
        return sb.ToString();
    }

    internal override AbstractType CopyEmpty() => new YXmlElement(NodeName);

    internal override void Write(IUpdateEncoder encoder)
    {
        encoder.WriteTypeRef(TypeRefNumber);
        encoder.WriteKey(NodeName);
    }
}
