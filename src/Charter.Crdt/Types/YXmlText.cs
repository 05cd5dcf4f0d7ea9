using Charter.Crdt.Encoding;

namespace Charter.Crdt.Types;

/// <summary>Rich text inside an XML tree.</summary>
public sealed class YXmlText : YText
{
    internal new const int TypeRefNumber = 6;

    /// <summary>The text with each formatting attribute rendered as an enclosing tag, as yjs renders XML text.</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var op in ToDelta())
        {
            var nodes = (op.Attributes ?? []).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
            foreach (var (nodeName, value) in nodes)
            {
                sb.Append('<').Append(nodeName);
                if (value is Dictionary<string, object?> attrs)
                {
                    foreach (var (key, attrValue) in attrs.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                    {
                        sb.Append(' ').Append(key).Append("=\"").Append(attrValue).Append('"');
                    }
                }

                sb.Append('>');
            }

            sb.Append(op.Insert);
            for (var i = nodes.Count - 1; i >= 0; i--)
            {
                sb.Append("</").Append(nodes[i].Key).Append('>');
            }
        }

        return sb.ToString();
    }

    public override object? ToJson() => ToString();

    internal override AbstractType CopyEmpty() => new YXmlText();

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(TypeRefNumber);
}
