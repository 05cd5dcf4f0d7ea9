using Charter.Crdt.Encoding;

namespace Charter.Crdt.Types;

/// <summary>A named map that an editor binding renders in its own way (yjs's YXmlHook).</summary>
public sealed class YXmlHook : AbstractType
{
    internal const int TypeRefNumber = 5;

    public YXmlHook(string hookName) => HookName = hookName;

    public string HookName { get; }

    public void Set(string key, object? value) => RequireDoc().Transact(tr => MapSet(tr, key, value));

    public object? Get(string key) => MapGet(key);

    public override object? ToJson() => MapGetAll().ToDictionary(kv => kv.Key, kv => ValueToJson(kv.Value));

    /// <summary>yjs gives hooks no string form, so inside XML they render as JavaScript's default "[object Object]".</summary>
    public override string ToString() => "[object Object]";

    internal override AbstractType CopyEmpty() => new YXmlHook(HookName);

    internal override void Write(IUpdateEncoder encoder)
    {
        encoder.WriteTypeRef(TypeRefNumber);
        encoder.WriteKey(HookName);
    }
}
