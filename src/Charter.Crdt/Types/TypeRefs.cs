using Charter.Crdt.Encoding;

namespace Charter.Crdt.Types;

/// <summary>Reads a nested type from its type ref number (0 array, 1 map, 2 text, 3 element, 4 fragment, 5 hook, 6 XML text).</summary>
internal static class TypeRefs
{
    public static AbstractType Read(IUpdateDecoder decoder)
    {
        var typeRef = decoder.ReadTypeRef();
        return typeRef switch
        {
            YArray.TypeRefNumber => new YArray(),
            YMap.TypeRefNumber => new YMap(),
            YText.TypeRefNumber => new YText(),
            YXmlElement.TypeRefNumber => new YXmlElement(decoder.ReadKey()),
            YXmlFragment.TypeRefNumber => new YXmlFragment(),
            YXmlHook.TypeRefNumber => new YXmlHook(decoder.ReadKey()),
            YXmlText.TypeRefNumber => new YXmlText(),
            _ => throw new MalformedUpdateException($"Unknown type ref {typeRef}."),
        };
    }
}
