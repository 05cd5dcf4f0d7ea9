using Charter.Crdt.Encoding;

namespace Charter.Crdt.Types;

/// <summary>Rich text inside an XML tree.</summary>
public sealed class YXmlText : YText
{
    internal new const int TypeRefNumber = 6;

    internal override AbstractType CopyEmpty() => new YXmlText();

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(TypeRefNumber);
}
